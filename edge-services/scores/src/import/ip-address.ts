/**
 * Which IP addresses a URL import may reach: public unicast only. Parses IPv4 in every spelling
 * `inet_aton` accepts (decimal, octal, hex, 1–4 parts) and IPv6 with embedded IPv4, so no
 * spelling of a private address slips through as a "hostname".
 */

/** The 32-bit value of an IPv4 literal in any `inet_aton` spelling, or null when it is not one. */
export function parseIPv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.at(-1) === "") parts.pop(); // a trailing dot is allowed, as in a hostname
  if (parts.length === 0 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = Number.parseInt(part.slice(1), 8);
    else if (/^(?:0|[1-9]\d*)$/.test(part)) value = Number(part);
    else return null;
    values.push(value);
  }
  const last = values.pop() ?? 0;
  if (values.some((value) => value > 255) || last >= 2 ** (8 * (4 - values.length))) return null;
  return values.reduce((sum, value, index) => sum + value * 2 ** (8 * (3 - index)), 0) + last;
}

/** The eight 16-bit groups of an IPv6 literal (brackets and zone allowed), or null. */
export function parseIPv6(text: string): number[] | null {
  const address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!address.includes(":")) return null;
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (half: string | undefined): number[] | null => {
    if (half === undefined || half === "") return [];
    const groups: number[] = [];
    const pieces = half.split(":");
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes(".")) {
        const v4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(piece) ? parseIPv4(piece) : null;
        if (v4 === null) return null;
        groups.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) groups.push(Number.parseInt(piece, 16));
      else return null;
    }
    return groups;
  };
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing < 1 ? null : [...head, ...Array<number>(missing).fill(0), ...tail];
}

const IPV4_BLOCKED: readonly [string, number][] = [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

function inIPv4Block(value: number, [base, bits]: readonly [string, number]): boolean {
  const start = parseIPv4(base) ?? 0;
  const size = 2 ** (32 - bits);
  return value >= start && value < start + size;
}

export function isPublicIPv4(value: number): boolean {
  return !IPV4_BLOCKED.some((block) => inIPv4Block(value, block));
}

export function isPublicIPv6(groups: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  const v4 = g * 65536 + h;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    // ::, ::1, IPv4-compatible ::a.b.c.d and IPv4-mapped ::ffff:a.b.c.d: judged as their IPv4.
    if (f === 0xffff || f === 0) return f === 0 && g === 0 ? false : isPublicIPv4(v4);
    return false;
  }
  if (a === 0x64 && b === 0xff9b) return isPublicIPv4(v4); // NAT64 well-known prefix
  if (a === 0x2002) return isPublicIPv4(b * 65536 + c); // 6to4 embeds an IPv4
  if ((a & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return false; // link-local fe80::/10
  if ((a & 0xffc0) === 0xfec0) return false; // old site-local
  if ((a & 0xff00) === 0xff00) return false; // multicast
  if (a === 0x2001 && b === 0x0db8) return false; // documentation
  if (a === 0x0100 && b === 0 && c === 0 && d === 0) return false; // discard-only
  return (a & 0xe000) === 0x2000; // global unicast is 2000::/3
}

/**
 * Whether `address` (an IPv4 or IPv6 literal) is a public address a server may fetch from;
 * anything unparseable is not.
 */
export function isPublicAddress(address: string): boolean {
  const v6 = parseIPv6(address);
  if (v6 !== null) return isPublicIPv6(v6);
  const v4 = parseIPv4(address);
  return v4 !== null && isPublicIPv4(v4);
}

/** Whether a hostname is an IP literal (in any spelling) rather than a name to resolve. */
export function isIpLiteral(hostname: string): boolean {
  return parseIPv6(hostname) !== null || parseIPv4(hostname) !== null;
}
