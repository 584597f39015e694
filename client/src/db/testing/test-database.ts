import type { CollectionName } from "@mirubato/schema";
import { IDBKeyRange, indexedDB } from "fake-indexeddb";
import { getRxStorageDexie } from "rxdb/plugins/storage-dexie";
import { createDatabase } from "../create-database";
import type { MirubatoDatabase } from "../database-types";
import { withDevModeValidation } from "../dev-mode-storage";

let counter = 0;

/**
 * A database over fake-indexeddb with dev-mode validation, for Node tests. Open few collections
 * and `remove()` it after each test: RxDB allows 13 open collections per process.
 */
export function createTestDatabase(
  collections: readonly CollectionName[] = ["pieces"],
  name = `test-${Date.now()}-${counter++}`,
): Promise<MirubatoDatabase> {
  return createDatabase({
    name,
    storage: withDevModeValidation(getRxStorageDexie({ indexedDB, IDBKeyRange })),
    isMultiInstance: false,
    collections,
  });
}
