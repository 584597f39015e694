import type { SessionAuthority } from "@mirubato/session-token";
import type { WorkerEnv } from "@mirubato/worker-kit";

/** A music term the dictionary recognised, as `DictionaryService.lookupTerms` answers it. */
export interface DictionaryTerm {
  term: string;
  id: string;
  category: string;
}

/**
 * The dictionary's RPC surface the consumer uses (binding `DICTIONARY`, entrypoint
 * `DictionaryService`), asked with a service token from "scores". Declared here because the
 * dictionary is another deployable whose class cannot be imported. It answers `DictionaryTerm[]`;
 * typed `unknown` here because the answer crosses a deployment boundary and is parsed.
 */
export interface TermDictionary {
  lookupTerms(serviceToken: string, words: string[]): Promise<unknown>;
}

export interface ApiEntrypoint extends Rpc.WorkerEntrypointBranded, SessionAuthority {}
export interface DictionaryEntrypoint extends Rpc.WorkerEntrypointBranded, TermDictionary {}

/** The scores worker's bindings: what `wrangler types` generated, with the RPC surfaces typed. */
export type ScoresBindings = Omit<Env, "API" | "DICTIONARY"> & {
  API: Service<ApiEntrypoint>;
  DICTIONARY: Service<DictionaryEntrypoint>;
  /**
   * Comma-separated exact origins a URL import may fetch from without the address checks, so e2e
   * can import from a local server. Set only by the local test stack, never in staging/production.
   */
  URL_IMPORT_TEST_ORIGINS?: string;
};

/** Hono env of the scores worker: its bindings, the kit's variables and the signed-in user. */
export type ScoresEnv = WorkerEnv<ScoresBindings, { userId: string }>;
