import type { SessionAuthority } from "@mirubato/session-token";
import type { WorkerEnv } from "@mirubato/worker-kit";

/**
 * The api's RPC surface the relay uses (`API` binding, entrypoint `ApiService`): whether a session
 * is still live, asked with a service token from "relay". Declared in `@mirubato/session-token`
 * because the api is another deployable whose class cannot be imported.
 */
export interface ApiEntrypoint extends Rpc.WorkerEntrypointBranded, SessionAuthority {}

/** The relay's bindings: what `wrangler types` generated, with the api's RPC surface typed. */
export type RelayBindings = Omit<Env, "API"> & { API: Service<ApiEntrypoint> };

/** Hono env of the relay worker: its bindings plus the kit's variables. */
export type RelayEnv = WorkerEnv<RelayBindings>;
