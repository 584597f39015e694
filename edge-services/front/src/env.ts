import type { WorkerEnv } from "@mirubato/worker-kit";

/** Hono env of the front worker: its bindings (generated `Env`) plus the kit's variables. */
export type FrontEnv = WorkerEnv<Env>;
