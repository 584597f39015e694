import { type TermEntry, type TermPack, termEntrySchema, termPackSchema } from "@mirubato/term-search";
import { z } from "zod";

/**
 * What the dictionary keeps on the device: every entry the musician has opened, the optional
 * full pack, and recent look-ups. Stored in Cache Storage (not RxDB: this is public reference
 * data, not the musician's synced documents). Everything read back is parsed again.
 */
export interface TermStore {
  saveTerm(entry: TermEntry): Promise<void>;
  getTerm(slug: string): Promise<TermEntry | undefined>;
  listTerms(): Promise<TermEntry[]>;
  savePack(pack: TermPack): Promise<void>;
  getPack(): Promise<TermPack | undefined>;
  addRecent(entry: RecentLookup): Promise<RecentLookup[]>;
  listRecent(): Promise<RecentLookup[]>;
}

export const recentLookupSchema = z.object({ slug: z.string(), term: z.string() });
export type RecentLookup = z.infer<typeof recentLookupSchema>;

const MAX_RECENT = 12;

/** A key-value surface both Cache Storage and a test's Map can provide. */
export interface JsonBucket {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  keys(prefix: string): Promise<string[]>;
}

export function createTermStore(bucket: JsonBucket): TermStore {
  const termKey = (slug: string) => `term/${encodeURIComponent(slug)}`;
  const listRecent = async () =>
    z
      .array(recentLookupSchema)
      .catch([])
      .parse(await bucket.get("recent"));
  return {
    saveTerm: (entry) => bucket.put(termKey(entry.slug), entry),
    async getTerm(slug) {
      const parsed = termEntrySchema.safeParse(await bucket.get(termKey(slug)));
      if (parsed.success) return parsed.data;
      return (await this.getPack())?.terms.find((entry) => entry.slug === slug);
    },
    async listTerms() {
      const keys = await bucket.keys("term/");
      const entries = await Promise.all(
        keys.map(async (key) => termEntrySchema.safeParse(await bucket.get(key))),
      );
      return entries.flatMap((parsed) => (parsed.success ? [parsed.data] : []));
    },
    savePack: (pack) => bucket.put("pack", pack),
    async getPack() {
      const parsed = termPackSchema.safeParse(await bucket.get("pack"));
      return parsed.success ? parsed.data : undefined;
    },
    async addRecent(lookup) {
      const recent = [lookup, ...(await listRecent()).filter((item) => item.slug !== lookup.slug)].slice(
        0,
        MAX_RECENT,
      );
      await bucket.put("recent", recent);
      return recent;
    },
    listRecent,
  };
}

export function createMemoryBucket(): JsonBucket {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => values.get(key),
    put: async (key, value) => {
      values.set(key, structuredClone(value));
    },
    keys: async (prefix) => [...values.keys()].filter((key) => key.startsWith(prefix)),
  };
}

const CACHE_NAME = "mirubato-dictionary-v1";
const origin = "https://dictionary.invalid/";

/** Cache Storage as a JSON bucket: keys become URLs on a private, never-fetched origin. */
export function createCacheBucket(storage: CacheStorage): JsonBucket {
  const open = () => storage.open(CACHE_NAME);
  return {
    async get(key) {
      const response = await (await open()).match(`${origin}${key}`);
      return response ? response.json() : undefined;
    },
    async put(key, value) {
      await (await open()).put(
        `${origin}${key}`,
        new Response(JSON.stringify(value), { headers: { "content-type": "application/json" } }),
      );
    },
    async keys(prefix) {
      const requests = await (await open()).keys();
      return requests
        .map((request) => request.url.slice(origin.length))
        .filter((key) => key.startsWith(prefix));
    },
  };
}
