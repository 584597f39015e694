import type { WorkerEnv } from "@mirubato/worker-kit";

/** Hono env of the dictionary worker: its bindings (generated `Env`) plus the kit's variables. */
export type DictionaryEnv = WorkerEnv<Env>;
