import type { CollectionName } from "@mirubato/schema";
import { z } from "zod";
import { syncCheckpointSchema } from "./checkpoint";
import { documentSchemaOf } from "./document-schema";
import { syncLimits } from "./limits";

/**
 * Body of `POST /api/sync/{collection}/pull`: `checkpoint` is the one from the previous response,
 * or `null` to start from the beginning.
 *
 * @example
 * pullRequestSchema.parse({ checkpoint: null, limit: 100 });
 */
export const pullRequestSchema = z.strictObject({
  checkpoint: syncCheckpointSchema.nullable(),
  limit: z.int().min(1).max(syncLimits.maxPullLimit),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/**
 * Response schema of a pull for one collection: documents in checkpoint order, at most `limit`;
 * an empty list means the client has caught up. Build it once per collection.
 *
 * @example
 * const piecesPull = createPullResponseSchema("pieces");
 * const { documents, checkpoint } = piecesPull.parse(await response.json());
 */
export function createPullResponseSchema<Name extends CollectionName>(collection: Name) {
  return z.strictObject({
    documents: z.array(documentSchemaOf(collection)).max(syncLimits.maxPullLimit),
    checkpoint: syncCheckpointSchema,
  });
}
export type PullResponse<Name extends CollectionName> = z.infer<
  ReturnType<typeof createPullResponseSchema<Name>>
>;
