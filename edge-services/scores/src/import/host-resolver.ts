import { z } from "zod";

/** Resolves a hostname to every address it answers with (A and AAAA), for the import's checks. */
export interface HostResolver {
  resolve(hostname: string): Promise<string[]>;
}

/** The resolver could not answer: the import fails as `fetch_failed`, not as "allowed". */
export class ResolutionError extends Error {
  override readonly name = "ResolutionError";
}

const dnsJsonSchema = z.object({
  Status: z.number(),
  Answer: z.array(z.object({ type: z.number(), data: z.string() })).optional(),
});

const RECORD_TYPES = { A: 1, AAAA: 28 } as const;
const DOH_ENDPOINT = "https://cloudflare-dns.com/dns-query";

/**
 * DNS over HTTPS (JSON) to Cloudflare's resolver: A and AAAA, addresses only (CNAMEs in the
 * answer are followed by the resolver; their names are skipped). NXDOMAIN is no addresses.
 */
export function dohResolver(fetcher: typeof fetch = fetch): HostResolver {
  const query = async (hostname: string, type: keyof typeof RECORD_TYPES): Promise<string[]> => {
    const url = `${DOH_ENDPOINT}?name=${encodeURIComponent(hostname)}&type=${type}`;
    let response: Response;
    try {
      response = await fetcher(url, {
        headers: { accept: "application/dns-json" },
        signal: AbortSignal.timeout(5_000),
      });
    } catch (error) {
      throw new ResolutionError(error instanceof Error ? error.message : "DNS query failed");
    }
    if (!response.ok) throw new ResolutionError(`DNS query answered ${response.status}`);
    const answer = dnsJsonSchema.safeParse(await response.json());
    if (!answer.success) throw new ResolutionError("DNS answer is not DNS JSON");
    // 0 NOERROR, 3 NXDOMAIN; anything else (SERVFAIL, REFUSED) is no answer at all.
    if (answer.data.Status !== 0 && answer.data.Status !== 3) {
      throw new ResolutionError(`DNS status ${answer.data.Status}`);
    }
    return (answer.data.Answer ?? [])
      .filter((record) => record.type === RECORD_TYPES[type])
      .map((r) => r.data);
  };
  return {
    async resolve(hostname) {
      const [v4, v6] = await Promise.all([query(hostname, "A"), query(hostname, "AAAA")]);
      return [...v4, ...v6];
    },
  };
}
