import type { SessionAuthority } from "@mirubato/session-token";
import type { WorkerEnv } from "@mirubato/worker-kit";

/**
 * The api's RPC surface the dictionary uses (`API` binding, entrypoint `ApiService`): whether a
 * session is still live. Declared in `@mirubato/session-token`, since the api is another
 * deployable whose class cannot be imported.
 */
export interface ApiEntrypoint extends Rpc.WorkerEntrypointBranded, SessionAuthority {}

/**
 * The dictionary's bindings: what `wrangler types` generated, with the api's RPC surface typed.
 * `READ_LIMITER` may be missing: `wrangler dev` with several configs (the local stack) gives
 * rate-limit bindings to the first worker only.
 */
export type DictionaryBindings = Omit<Env, "API" | "READ_LIMITER"> & {
  API: Service<ApiEntrypoint>;
  READ_LIMITER?: RateLimit;
};

/** Hono env of the dictionary worker: its bindings plus the kit's variables and the signed-in user. */
export type DictionaryEnv = WorkerEnv<DictionaryBindings>;

/** Hono env of the routes that need a signed-in musician (`requireUser`). */
export type SignedInEnv = WorkerEnv<DictionaryBindings, { userId: string }>;
