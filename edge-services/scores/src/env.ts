import type { WorkerEnv } from "@mirubato/worker-kit";

/** Hono env of the scores worker: its bindings (generated `Env`) plus the kit's variables. */
export type ScoresEnv = WorkerEnv<Env>;
