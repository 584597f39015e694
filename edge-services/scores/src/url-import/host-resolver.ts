import { z } from "zod";

/**
 * Resolves a hostname to the addresses a fetch of it could reach, so the import can refuse a name
 * that points inside a network before it fetches. An interface because the real answer comes from
 * the network (tests use a table).
 */
export interface HostResolver {
  /** Every A and AAAA address of `hostname`; empty when it has none. Throws when DNS fails. */
  resolve(hostname: string): Promise<string[]>;
}

const DOH_ENDPOINT = "https://cloudflare-dns.com/dns-query";
const RECORD_TYPES = { A: 1, AAAA: 28 } as const;

const dohAnswerSchema = z.object({
  Status: z.number(),
  Answer: z.array(z.object({ type: z.number(), data: z.string() })).optional(),
});

/**
 * DNS over HTTPS (the JSON API of Cloudflare's resolver). Only address records count: a CNAME
 * chain is followed by the resolver and its final A/AAAA records are in the same answer.
 */
export function createDohResolver(fetcher: typeof fetch = fetch): HostResolver {
  async function lookup(hostname: string, type: keyof typeof RECORD_TYPES): Promise<string[]> {
    const url = `${DOH_ENDPOINT}?name=${encodeURIComponent(hostname)}&type=${type}`;
    const response = await fetcher(url, {
      headers: { accept: "application/dns-json" },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`DNS lookup failed with HTTP ${response.status}`);
    const answer = dohAnswerSchema.parse(await response.json());
    // NXDOMAIN (3) is an answer: no addresses. Any other non-zero status is a failed lookup.
    if (answer.Status === 3) return [];
    if (answer.Status !== 0) throw new Error(`DNS lookup failed with status ${answer.Status}`);
    return (answer.Answer ?? []).filter((record) => record.type === RECORD_TYPES[type]).map((r) => r.data);
  }
  return {
    async resolve(hostname) {
      const [v4, v6] = await Promise.all([lookup(hostname, "A"), lookup(hostname, "AAAA")]);
      return [...v4, ...v6];
    },
  };
}

/** A fixed table of answers, for tests and for hosts the configuration trusts. */
export function createTableResolver(table: Readonly<Record<string, readonly string[]>>): HostResolver {
  return {
    async resolve(hostname) {
      return [...(table[hostname] ?? [])];
    },
  };
}
