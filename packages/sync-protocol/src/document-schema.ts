import { type CollectionDoc, type CollectionName, collectionSchemas } from "@mirubato/schema";
import type { z } from "zod";

/**
 * The document schema of one collection, typed by its name, for the generic message factories.
 *
 * @example
 * const pieceSchema = documentSchemaOf("pieces"); // z.ZodType<PieceDoc>
 */
export function documentSchemaOf<Name extends CollectionName>(
  collection: Name,
): z.ZodType<CollectionDoc<Name>> {
  return schemasByName[collection];
}

// A mapped type keeps each name tied to its own schema when indexed with a generic key, where
// indexing `collectionSchemas` directly would widen to the union of all nine.
const schemasByName: { readonly [Name in CollectionName]: z.ZodType<CollectionDoc<Name>> } =
  collectionSchemas;
