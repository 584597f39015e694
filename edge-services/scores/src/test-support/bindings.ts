import { env } from "cloudflare:workers";
import type { ScoresBindings } from "../env";

/** The worker's bindings as the runtime hands them over, with the RPC stubs typed. */
export function scoresBindings(): ScoresBindings {
  return { ...env, API: env.TEST_API, DICTIONARY: env.TEST_DICTIONARY };
}
