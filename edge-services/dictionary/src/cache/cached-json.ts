import type { Context } from "hono";
import { z } from "zod";
import type { DictionaryEnv } from "../env";
import { type CachedAnswer, isolateMemory } from "./isolate-memory";

/**
 * Public, cacheable JSON answers: computed once per data version and kept under a key that
 * contains that version, so any changed entry (which bumps the version in D1) makes every older
 * cached answer unreachable at once. Two levels: this isolate's memory, then KV, where the body
 * is stored as the exact bytes sent and status/ETag ride in the metadata, so a hit is never parsed
 * or re-serialised. Each answer carries a strong ETag (a hash of its bytes); a matching
 * If-None-Match gets 304 without a body.
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
// The stored format's name: answers stored in an older format are simply never read.
const KV_FORMAT = "a2";

const metadataSchema = z.object({
  status: z.union([z.literal(200), z.literal(404)]),
  etag: z.string(),
  termId: z.string().optional(),
});

export interface Computed {
  status: 200 | 404;
  body: unknown;
  termId?: string | undefined;
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

async function readKv(kv: KVNamespace, key: string): Promise<CachedAnswer | undefined> {
  const { value, metadata } = await kv.getWithMetadata(key, "text");
  const parsed = metadataSchema.safeParse(metadata);
  return value !== null && parsed.success ? { ...parsed.data, body: value } : undefined;
}

/**
 * The answer for `key` from memory, KV or `compute`, as a response with cache headers.
 * `onAnswer` sees the answer served (the term route counts views with it).
 */
export async function cachedJson(
  c: Context<DictionaryEnv>,
  key: string,
  policy: CachePolicy,
  compute: () => Promise<Computed>,
  onAnswer?: (answer: CachedAnswer) => void,
): Promise<Response> {
  const version = await isolateMemory.dataVersion(c.env.DB);
  const versionedKey = `${KV_FORMAT}:v${version}:${key}`;
  let answer = isolateMemory.getAnswer(versionedKey);
  let cacheStatus: "hit" | "miss" = "hit";
  if (!answer) {
    answer = await readKv(c.env.CACHE, versionedKey);
    if (!answer) {
      const computed = await compute();
      const body = JSON.stringify(computed.body);
      answer = { status: computed.status, etag: await strongEtag(body), body, termId: computed.termId };
      cacheStatus = "miss";
      const { body: _body, ...metadata } = answer;
      c.executionCtx.waitUntil(
        c.env.CACHE.put(versionedKey, body, { expirationTtl: KV_TTL_SEC, metadata: dropUndefined(metadata) }),
      );
    }
    isolateMemory.rememberAnswer(versionedKey, answer);
  }
  onAnswer?.(answer);
  const headers = new Headers({
    "cache-control": `public, max-age=${policy.maxAgeSec}, stale-while-revalidate=${policy.staleWhileRevalidateSec}`,
    etag: answer.etag,
    "x-cache": cacheStatus,
  });
  if (matchesEtag(c.req.header("if-none-match"), answer.etag))
    return new Response(null, { status: 304, headers });
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(answer.body, { status: answer.status, headers });
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
