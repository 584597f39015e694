import type { Context } from "hono";
import { z } from "zod";
import type { DictionaryEnv } from "../env";
import { getDataVersion } from "../terms/terms.store";

/**
 * Public, cacheable JSON answers: computed once per data version and kept in KV under a key
 * that contains that version, so any changed entry (which bumps the version in D1) makes every
 * older cached answer unreachable at once. Each answer carries a strong ETag (a hash of its
 * bytes); a matching If-None-Match gets 304 without a body.
 */

export interface CachePolicy {
  /** Browser and CDN freshness. */
  maxAgeSec: number;
  /** How long a stale copy may be served while it is refetched in the background. */
  staleWhileRevalidateSec: number;
}

export const TERM_CACHE: CachePolicy = { maxAgeSec: 3600, staleWhileRevalidateSec: 86_400 };
export const SEARCH_CACHE: CachePolicy = { maxAgeSec: 300, staleWhileRevalidateSec: 3600 };
export const POPULAR_CACHE: CachePolicy = { maxAgeSec: 300, staleWhileRevalidateSec: 600 };

// KV keeps an answer for a day at most; a new data version makes it unreachable sooner.
const KV_TTL_SEC = 86_400;

const cachedSchema = z.object({ status: z.number().int(), etag: z.string(), body: z.string() });
type Cached = z.infer<typeof cachedSchema>;

export interface Computed {
  status: 200 | 404;
  body: unknown;
}

async function strongEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `"${hex.slice(0, 40)}"`;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => candidate.trim() === etag || candidate.trim() === "*");
}

export async function cachedJson(
  c: Context<DictionaryEnv>,
  key: string,
  policy: CachePolicy,
  compute: () => Promise<Computed>,
): Promise<Response> {
  const version = await getDataVersion(c.env.DB);
  const kvKey = `v${version}:${key}`;
  const stored = cachedSchema.safeParse(await c.env.CACHE.get(kvKey, "json"));
  let entry: Cached;
  let cacheStatus: "hit" | "miss";
  if (stored.success) {
    entry = stored.data;
    cacheStatus = "hit";
  } else {
    const computed = await compute();
    const body = JSON.stringify(computed.body);
    entry = { status: computed.status, etag: await strongEtag(body), body };
    cacheStatus = "miss";
    c.executionCtx.waitUntil(c.env.CACHE.put(kvKey, JSON.stringify(entry), { expirationTtl: KV_TTL_SEC }));
  }
  const headers = new Headers({
    "cache-control": `public, max-age=${policy.maxAgeSec}, stale-while-revalidate=${policy.staleWhileRevalidateSec}`,
    etag: entry.etag,
    "x-cache": cacheStatus,
  });
  if (matchesEtag(c.req.header("if-none-match"), entry.etag))
    return new Response(null, { status: 304, headers });
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(entry.body, { status: entry.status, headers });
}
