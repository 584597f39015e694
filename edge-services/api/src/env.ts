import type { WorkerEnv } from "@mirubato/worker-kit";
import type { ApiDeps } from "./deps";
import type { RelayEntrypoint } from "./relay/relay-notifier";

/**
 * The worker's bindings: what `wrangler types` generated, with the relay's RPC surface declared
 * (the relay is another deployable, so its class cannot be imported for `Service<RelayService>`).
 */
export type ApiBindings = Omit<Env, "RELAY"> & { RELAY?: Service<RelayEntrypoint> };

/** Hono env for every api route: bindings plus the per-request deps object. */
export type AppEnv = WorkerEnv<ApiBindings, { deps: ApiDeps }>;
