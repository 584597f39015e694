import type { WorkerEnv } from "@mirubato/worker-kit";
import type { DictionaryEntrypoint, ScoresEntrypoint } from "./account/user-data-services";
import type { ApiDeps } from "./deps";
import type { RelayEntrypoint } from "./relay/relay-notifier";

/**
 * The worker's bindings: what `wrangler types` generated, with the other workers' RPC surfaces
 * declared (they are other deployables, so their classes cannot be imported for `Service<…>`).
 */
export type ApiBindings = Omit<Env, "RELAY" | "SCORES" | "DICTIONARY"> & {
  RELAY?: Service<RelayEntrypoint>;
  SCORES: Service<ScoresEntrypoint>;
  DICTIONARY: Service<DictionaryEntrypoint>;
};

/** Hono env for every api route: bindings plus the per-request deps object. */
export type AppEnv = WorkerEnv<ApiBindings, { deps: ApiDeps }>;
