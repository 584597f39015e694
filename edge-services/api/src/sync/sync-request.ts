import { memoizeByKey } from "@mirubato/domain";
import { type CollectionName, deviceIdPattern } from "@mirubato/schema";
import { createPushRequestSchema } from "@mirubato/sync-protocol";
import { AppError } from "@mirubato/worker-kit";
import type { Context } from "hono";
import { z } from "zod";

/** `/:collection/…` — only the nine synced collections exist. */
export { collectionNameSchema } from "@mirubato/schema";

/** The device that sends a push, so the relay does not poke it about its own change. */
export const deviceHeaderSchema = z.object({ "x-device-id": z.string().regex(deviceIdPattern).optional() });

/** The push body schema of a collection, built once per isolate (schemas are costly to build). */
export const pushRequestSchemaOf = memoizeByKey((collection: CollectionName) =>
  createPushRequestSchema(collection),
);

/**
 * Reads and validates a JSON body whose schema depends on a path parameter (so `validate()`
 * cannot be declared up front). Failures are `invalid_request` with the zod issues.
 */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.infer<Schema>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    // The parser's message says nothing a client can act on beyond "not JSON".
    throw new AppError("invalid_request", "The request json is not valid JSON");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new AppError("invalid_request", "The request json is not valid", parsed.error.issues);
  return parsed.data;
}
