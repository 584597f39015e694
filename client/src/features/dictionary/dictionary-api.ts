import {
  type SearchResponse,
  searchResponseSchema,
  type TermEntry,
  type TermPack,
  type TermSummary,
  termEntrySchema,
  termNotFoundSchema,
  termPackSchema,
} from "@mirubato/term-search";

/** The dictionary worker's public API (DESIGN.md §3b), every answer parsed at the boundary. */
export type TermLookup =
  | { kind: "found"; entry: TermEntry }
  | { kind: "missing"; suggestions: TermSummary[] };

export interface DictionaryApi {
  search(q: string, lang: string, signal?: AbortSignal): Promise<SearchResponse>;
  getTerm(term: string, lang: string): Promise<TermLookup>;
  getPack(): Promise<TermPack>;
}

export class DictionaryRequestError extends Error {
  constructor(readonly status: number) {
    super(`The dictionary answered ${status}`);
    this.name = "DictionaryRequestError";
  }
}

const base = "/api/dictionary";

export function createDictionaryApi(
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): DictionaryApi {
  async function getJson(path: string, signal?: AbortSignal): Promise<{ status: number; body: unknown }> {
    const response = await fetchFn(`${base}${path}`, signal ? { signal } : {});
    if (!response.ok && response.status !== 404) throw new DictionaryRequestError(response.status);
    return { status: response.status, body: await response.json() };
  }
  return {
    async search(q, lang, signal) {
      const params = new URLSearchParams({ q, lang, limit: "20" });
      const { body } = await getJson(`/search?${params}`, signal);
      return searchResponseSchema.parse(body);
    },
    async getTerm(term, lang) {
      const { status, body } = await getJson(
        `/terms/${encodeURIComponent(term)}?lang=${encodeURIComponent(lang)}`,
      );
      if (status === 404) return { kind: "missing", suggestions: termNotFoundSchema.parse(body).suggestions };
      return { kind: "found", entry: termEntrySchema.parse(body) };
    },
    async getPack() {
      const { status, body } = await getJson("/pack");
      if (status === 404) throw new DictionaryRequestError(status);
      return termPackSchema.parse(body);
    },
  };
}
