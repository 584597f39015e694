import { type CollectionName, collectionNames } from "@mirubato/schema";
import { addRxPlugin, createRxDatabase, type RxCollectionCreator, type RxStorage } from "rxdb";
import { RxDBLeaderElectionPlugin } from "rxdb/plugins/leader-election";
import { RxDBMigrationSchemaPlugin } from "rxdb/plugins/migration-schema";
import { getRxStorageDexie } from "rxdb/plugins/storage-dexie";
import { collectionCreatorOf } from "./collections/collection-registry";
import type { MirubatoCollections, MirubatoDatabase } from "./database-types";

/** The database name in IndexedDB; one per browser profile (ADR 0001). */
export const databaseName = "mirubato";

export interface CreateDatabaseOptions {
  readonly name?: string;
  /** Defaults to Dexie over the browser's IndexedDB; tests pass fake-indexeddb. */
  readonly storage?: RxStorage<unknown, unknown>;
  /** Tabs share one database and elect one leader to replicate; tests of two devices turn it off. */
  readonly isMultiInstance?: boolean;
  /**
   * Tests open only the collections they use: the open-source RxDB allows 13 collections per
   * process (TOOLCHAIN), and two test "devices" with all nine would exceed it.
   */
  readonly collections?: readonly CollectionName[];
}

addRxPlugin(RxDBLeaderElectionPlugin);
addRxPlugin(RxDBMigrationSchemaPlugin);

/**
 * Opens (or creates) the local database with every synced collection. Writes land here first and
 * never wait for the network; `sync/` replicates them.
 *
 * @example
 * const database = await createDatabase();
 * await database.pieces.find().exec();
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<MirubatoDatabase> {
  const storage = options.storage ?? (await defaultStorage());
  const database = await createRxDatabase<MirubatoCollections>({
    name: options.name ?? databaseName,
    storage,
    multiInstance: options.isMultiInstance ?? true,
    // A second open in the same tab (React StrictMode, hot reload) replaces the first instead of failing.
    closeDuplicates: true,
  });
  const creators: Record<string, RxCollectionCreator> = {};
  for (const name of options.collections ?? collectionNames) creators[name] = collectionCreatorOf(name);
  await database.addCollections(creators);
  return database;
}

/**
 * Dexie over IndexedDB; in dev builds with RxDB's dev-mode checks and ajv validation (slow, and it
 * loads an iframe, so e2e runs the production build). The `DEV` branch is removed from production
 * bundles, so neither plugin ships.
 */
async function defaultStorage(): Promise<RxStorage<unknown, unknown>> {
  if (import.meta.env.DEV) {
    const { withDevModeValidation } = await import("./dev-mode-storage");
    return withDevModeValidation(getRxStorageDexie());
  }
  return getRxStorageDexie();
}
