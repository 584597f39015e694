/**
 * Which addresses a server-side import may reach. The input is a host as the WHATWG URL parser
 * leaves it (`new URL(…).hostname`), which has already turned every IPv4 spelling — decimal
 * `2130706433`, octal `0177.0.0.1`, hex `0x7f.1`, short `127.1` — into dotted quads and every IPv6
 * literal into its bracketed compressed form; so one dotted-quad parser and one IPv6 parser see all
 * of them. Anything not provably public is refused: loopback, private, link-local, CGNAT,
 * benchmarking, documentation, multicast, reserved and unspecified ranges, and IPv6 forms that embed
 * an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the address they embed.
 */

type Range = readonly [network: number, prefixLength: number];

const ipv4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

const BLOCKED_IPV4: readonly Range[] = [
  [ipv4(0, 0, 0, 0), 8], // "this network", including 0.0.0.0
  [ipv4(10, 0, 0, 0), 8],
  [ipv4(100, 64, 0, 0), 10], // carrier-grade NAT
  [ipv4(127, 0, 0, 0), 8],
  [ipv4(169, 254, 0, 0), 16], // link-local, cloud metadata (169.254.169.254)
  [ipv4(172, 16, 0, 0), 12],
  [ipv4(192, 0, 0, 0), 24], // IETF protocol assignments
  [ipv4(192, 0, 2, 0), 24], // TEST-NET-1
  [ipv4(192, 88, 99, 0), 24], // 6to4 relay anycast
  [ipv4(192, 168, 0, 0), 16],
  [ipv4(198, 18, 0, 0), 15], // benchmarking
  [ipv4(198, 51, 100, 0), 24], // TEST-NET-2
  [ipv4(203, 0, 113, 0), 24], // TEST-NET-3
  [ipv4(224, 0, 0, 0), 4], // multicast
  [ipv4(240, 0, 0, 0), 4], // reserved, and the broadcast address
];

function inRange(address: number, [network, prefixLength]: Range): boolean {
  if (prefixLength === 0) return true;
  const mask = (~0 << (32 - prefixLength)) >>> 0;
  return (address & mask) >>> 0 === network;
}

/** A dotted quad as a 32-bit number, or null when `text` is not exactly one. */
export function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const byte = Number(part);
    if (byte > 255) return null;
    value = value * 256 + byte;
  }
  return value;
}

export function isPublicIpv4(address: number): boolean {
  return !BLOCKED_IPV4.some((range) => inRange(address, range));
}

/** An IPv6 literal (no brackets) as eight 16-bit groups, or null when it is not one. */
export function parseIpv6(text: string): number[] | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (half: string): number[] | null => {
    if (half === "") return [];
    const groups: number[] = [];
    const pieces = half.split(":");
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes(".")) {
        const embedded = parseIpv4(piece);
        if (embedded === null) return null;
        groups.push(embedded >>> 16, embedded & 0xffff);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        groups.push(Number.parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...Array.from({ length: missing }, () => 0), ...tail];
}

const embeddedIpv4 = (groups: readonly number[], at: number) =>
  (((groups[at] ?? 0) << 16) | (groups[at + 1] ?? 0)) >>> 0;

export function isPublicIpv6(groups: readonly number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0] = groups;
  const zeroUpTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
  // ::/96 holds ::, ::1 and IPv4-compatible addresses; ::ffff:0:0/96 IPv4-mapped ones.
  if (zeroUpTo(6)) return false;
  if (zeroUpTo(5) && g5 === 0xffff) return isPublicIpv4(embeddedIpv4(groups, 6));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isPublicIpv4(embeddedIpv4(groups, 6)); // NAT64
  }
  if (g0 === 0x2002) return isPublicIpv4(embeddedIpv4(groups, 1)); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return false; // link/site-local
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return false; // discard-only
  if (g0 === 0x2001 && g1 < 0x200) return false; // IETF protocol assignments (Teredo, ORCHID…)
  return (g0 & 0xe000) === 0x2000; // only global unicast 2000::/3 is public
}

export type HostKind = { kind: "ip"; isPublic: boolean } | { kind: "name"; isPublic: boolean };

/** Names that only ever mean something inside a network: never resolved, never fetched. */
const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/;

/**
 * What a URL hostname is, and whether it may be reached: an IP literal is judged by its range; a
 * name is refused when it is internal by its suffix or has a single label (resolvers search it in
 * local domains), otherwise it still has to resolve to public addresses.
 *
 * @example
 * classifyHost(new URL("http://0x7f.1/").hostname); // { kind: "ip", isPublic: false }
 */
export function classifyHost(hostname: string): HostKind {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (name.startsWith("[") && name.endsWith("]")) {
    const groups = parseIpv6(name.slice(1, -1));
    return { kind: "ip", isPublic: groups !== null && isPublicIpv6(groups) };
  }
  const v4 = parseIpv4(name);
  if (v4 !== null) return { kind: "ip", isPublic: isPublicIpv4(v4) };
  return { kind: "name", isPublic: name.includes(".") && !INTERNAL_NAME.test(name) };
}

/** Whether an address a resolver answered (dotted quad or bare IPv6) is public. */
export function isPublicAddress(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4 !== null) return isPublicIpv4(v4);
  const groups = parseIpv6(address);
  return groups !== null && isPublicIpv6(groups);
}
