import {
  createTermIndex,
  type FlagReason,
  searchTermIndex,
  type TermEntry,
  type TermSummary,
} from "@mirubato/term-search";
import type { DictionaryApi, TermList, TermRequestOutcome } from "./dictionary-api";
import type { RecentLookup, TermStore } from "./term-store";

/**
 * The dictionary as the UI sees it: the server when it answers, the device otherwise. Every
 * entry opened online is kept, so it opens again offline; with the downloaded pack the whole
 * dictionary is searchable offline with the same ranking and typo tolerance as the server.
 */
export type Source = "server" | "device";
export type SearchOutcome = { results: TermSummary[]; didYouMean?: string | undefined; source: Source };
export type LookUpOutcome =
  | { kind: "found"; entry: TermEntry; source: Source }
  | { kind: "missing"; suggestions: TermSummary[] }
  | { kind: "unavailable" };

export interface DictionaryService {
  search(q: string, lang: string, signal?: AbortSignal): Promise<SearchOutcome>;
  lookUp(term: string, lang: string): Promise<LookUpOutcome>;
  listRecent(): Promise<RecentLookup[]>;
  /** Number of entries in the downloaded pack, or 0. */
  countPackTerms(): Promise<number>;
  downloadPack(): Promise<number>;
  /** Popular terms (server only) or a category/letter listing (the pack answers offline). */
  listTerms(list: TermList): Promise<{ results: TermSummary[]; source: Source }>;
  /** A signed-in musician's report of a wrong definition (online only; throws ApiError). */
  flagTerm(slug: string, reason: FlagReason, note: string | undefined): Promise<void>;
  /** A signed-in musician asks for a missing term (online only; throws ApiError). */
  requestTerm(term: string): Promise<TermRequestOutcome>;
}

export interface DictionaryDeps {
  api: DictionaryApi;
  store: TermStore;
  isOnline: () => boolean;
}

function toSummary(entry: TermEntry, lang: string): TermSummary {
  const { id, slug, term, lang: origin, category, concise } = entry;
  const equivalent = entry.equivalents[lang];
  return equivalent === undefined
    ? { id, slug, term, lang: origin, category, concise }
    : { id, slug, term, lang: origin, category, concise, equivalent };
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

export function createDictionaryService({ api, store, isOnline }: DictionaryDeps): DictionaryService {
  let cachedIndex: { key: string; index: ReturnType<typeof createTermIndex<TermEntry>> } | undefined;

  async function deviceIndex() {
    const [pack, viewed] = await Promise.all([store.getPack(), store.listTerms()]);
    const key = `${pack?.version ?? "-"}:${viewed.length}`;
    if (cachedIndex?.key !== key) {
      const bySlug = new Map<string, TermEntry>();
      for (const entry of [...(pack?.terms ?? []), ...viewed]) bySlug.set(entry.slug, entry);
      cachedIndex = { key, index: createTermIndex([...bySlug.values()]) };
    }
    return cachedIndex.index;
  }

  async function searchDevice(q: string, lang: string): Promise<SearchOutcome> {
    const { hits, didYouMean } = searchTermIndex(await deviceIndex(), q, 20);
    const results = hits.map((hit) => toSummary(hit.item, lang));
    return didYouMean === undefined
      ? { results, source: "device" }
      : { results, didYouMean, source: "device" };
  }

  return {
    async search(q, lang, signal) {
      if (!isOnline()) return searchDevice(q, lang);
      try {
        return { ...(await api.search(q, lang, signal)), source: "server" };
      } catch (error) {
        if (isAbort(error)) throw error;
        // The network failed while "online" (captive portal, server down): the device answers.
        return searchDevice(q, lang);
      }
    },
    async lookUp(term, lang) {
      if (isOnline()) {
        try {
          const lookup = await api.getTerm(term, lang);
          if (lookup.kind === "missing") return lookup;
          await store.saveTerm(lookup.entry);
          await store.addRecent({ slug: lookup.entry.slug, term: lookup.entry.term });
          return { kind: "found", entry: lookup.entry, source: "server" };
        } catch {
          // Unreachable server: fall through to what the device keeps.
        }
      }
      const entry = await store.getTerm(term);
      if (!entry) return { kind: "unavailable" };
      await store.addRecent({ slug: entry.slug, term: entry.term });
      return {
        kind: "found",
        entry: { ...entry, ...(entry.equivalents[lang] ? { equivalent: entry.equivalents[lang] } : {}) },
        source: "device",
      };
    },
    listRecent: () => store.listRecent(),
    async countPackTerms() {
      return (await store.getPack())?.terms.length ?? 0;
    },
    flagTerm: (slug, reason, note) => api.flagTerm(slug, reason, note),
    requestTerm: (term) => api.requestTerm(term),
    async listTerms(list) {
      if (isOnline()) {
        try {
          return { results: await api.listTerms(list), source: "server" };
        } catch {
          // Unreachable server: a browse listing can still come from the pack.
        }
      }
      if (list.kind === "popular") return { results: [], source: "device" };
      const pack = await store.getPack();
      const results = (pack?.terms ?? [])
        .filter((entry) => !list.category || entry.category === list.category)
        .filter((entry) => !list.letter || entry.slug.startsWith(list.letter))
        .map((entry) => toSummary(entry, list.lang));
      return { results, source: "device" };
    },
    async downloadPack() {
      const pack = await api.getPack();
      await store.savePack(pack);
      return pack.terms.length;
    },
  };
}
