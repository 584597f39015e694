import { z } from "zod";

/**
 * Where a pull resumes: the server's per-user change sequence number of the last document sent.
 * Clients treat it as opaque — they store it and send it back, never read or compare it — so the
 * server may change what it holds. It never derives from a client clock (§7: skewed cursors).
 *
 * @example
 * const checkpoint = syncCheckpointSchema.parse(response.checkpoint);
 */
export const syncCheckpointSchema = z.strictObject({ seq: z.int().min(0) });
export type SyncCheckpoint = z.infer<typeof syncCheckpointSchema>;
