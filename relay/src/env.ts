import type { WorkerEnv } from "@mirubato/worker-kit";

/** Hono env of the relay worker: its bindings (generated `Env`) plus the kit's variables. */
export type RelayEnv = WorkerEnv<Env>;
