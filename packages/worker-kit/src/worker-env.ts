import type { Logger } from "./logger";

export type KitVariables = { requestId: string; logger: Logger };

/** Hono env for a Mirubato worker: its bindings plus the kit's per-request variables. */
export type WorkerEnv<Bindings extends object = object, Variables extends object = object> = {
  Bindings: Bindings;
  Variables: KitVariables & Variables;
};
