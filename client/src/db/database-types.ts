import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import type { RxCollection, RxDatabase } from "rxdb";

/** The typed RxDB collections, one per synced collection name. */
export type MirubatoCollections = { [Name in CollectionName]: RxCollection<CollectionDoc<Name>> };

/** The one browser database (ADR 0001). */
export type MirubatoDatabase = RxDatabase<MirubatoCollections>;

/**
 * One collection, typed by its name. Indexing the mapped `collections` type with a generic name
 * keeps the document type tied to the name (indexing the database itself widens to a union).
 *
 * @example
 * const pieces = collectionOf(database, "pieces"); // RxCollection<PieceDoc>
 */
export function collectionOf<Name extends CollectionName>(
  database: MirubatoDatabase,
  name: Name,
): RxCollection<CollectionDoc<Name>> {
  const collections: MirubatoCollections = database.collections;
  const collection = collections[name];
  // Only tests open a subset of collections; asking for a missing one is a programmer error.
  if (collection === undefined) throw new Error(`collection ${name} is not open`);
  return collection;
}
