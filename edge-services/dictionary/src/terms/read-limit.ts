import { AppError } from "@mirubato/worker-kit";
import type { Context } from "hono";
import type { DictionaryEnv } from "../env";

/**
 * Public reads are limited per client address, and only when an answer has to be computed from
 * D1: a cached answer costs next to nothing, so serving it is never refused. The counter is the
 * Workers rate-limit binding (in the location's memory), not a D1 write, so the check adds no
 * round trip to storage. A request without an address comes from another worker, not the public.
 * Without the binding (the local multi-worker stack, see `env.ts`) nothing is limited.
 */
export async function limitReads(c: Context<DictionaryEnv>): Promise<void> {
  const address = c.req.header("cf-connecting-ip");
  if (!address || !c.env.READ_LIMITER) return;
  const { success } = await c.env.READ_LIMITER.limit({ key: address });
  if (!success) {
    c.header("retry-after", "60");
    throw new AppError("rate_limited", "Too many dictionary look-ups from here; please wait a minute");
  }
}
