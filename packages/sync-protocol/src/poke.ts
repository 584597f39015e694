import { collectionNameSchema } from "@mirubato/schema";
import { z } from "zod";
import { syncCheckpointSchema } from "./checkpoint";

/**
 * Relay → client: "this collection changed, up to this checkpoint". It carries no documents; the
 * client pulls. A lost poke only delays that pull (the client also pulls periodically and on focus).
 *
 * @example
 * pokeSchema.parse({ type: "poke", collection: "pieces", checkpoint: { seq: 42 } });
 */
export const pokeSchema = z.strictObject({
  type: z.literal("poke"),
  collection: collectionNameSchema,
  checkpoint: syncCheckpointSchema.optional(),
});
export type Poke = z.infer<typeof pokeSchema>;
