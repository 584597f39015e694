import {
  type FlagReason,
  type SearchResponse,
  searchResponseSchema,
  type TermEntry,
  type TermPack,
  type TermSummary,
  termEntrySchema,
  termListResponseSchema,
  termNotFoundSchema,
  termPackSchema,
} from "@mirubato/term-search";
import { z } from "zod";
import { postJson } from "../../api/api-error";

/** The dictionary worker's public API (DESIGN.md §3b), every answer parsed at the boundary. */
export type TermLookup =
  | { kind: "found"; entry: TermEntry }
  | { kind: "missing"; suggestions: TermSummary[] };

export type TermList =
  | { kind: "popular"; lang: string }
  | { kind: "browse"; lang: string; category?: string | undefined; letter?: string | undefined };

/** What asking for a missing term led to: it exists after all, or it was queued for definition. */
export type TermRequestOutcome = { status: "available"; slug: string } | { status: "queued" };

export interface DictionaryApi {
  search(q: string, lang: string, signal?: AbortSignal): Promise<SearchResponse>;
  getTerm(term: string, lang: string): Promise<TermLookup>;
  getPack(): Promise<TermPack>;
  listTerms(list: TermList): Promise<TermSummary[]>;
  /** Needs a signed-in musician; throws ApiError (`unauthorized`, `rate_limited`, …) otherwise. */
  flagTerm(slug: string, reason: FlagReason, note: string | undefined): Promise<void>;
  /** Needs a signed-in musician; throws ApiError (`unauthorized`, `service_unavailable`, …). */
  requestTerm(term: string): Promise<TermRequestOutcome>;
}

const termRequestOutcomeSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("available"), slug: z.string() }),
  z.object({ status: z.literal("queued") }),
]);

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
    async listTerms(list) {
      const params = new URLSearchParams({ lang: list.lang, limit: list.kind === "popular" ? "12" : "200" });
      if (list.kind === "browse" && list.category) params.set("category", list.category);
      if (list.kind === "browse" && list.letter) params.set("letter", list.letter);
      const { body } = await getJson(`/${list.kind}?${params}`);
      return termListResponseSchema.parse(body).results;
    },
    async flagTerm(slug, reason, note) {
      await postJson(
        fetchFn,
        `${base}/terms/${encodeURIComponent(slug)}/flags`,
        note ? { reason, note } : { reason },
      );
    },
    async requestTerm(term) {
      return termRequestOutcomeSchema.parse(await postJson(fetchFn, `${base}/requests`, { term }));
    },
    async getPack() {
      const { status, body } = await getJson("/pack");
      if (status === 404) throw new DictionaryRequestError(status);
      return termPackSchema.parse(body);
    },
  };
}
