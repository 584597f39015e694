import { createDatabase } from "./create-database";
import type { MirubatoDatabase } from "./database-types";
import { createDeviceClock } from "./device-clock";
import { createPendingWrites, type PendingWrites } from "./pending-writes";
import { createRepository, type Repository } from "./repository";

export interface LocalDatabase {
  readonly database: MirubatoDatabase;
  readonly repository: Repository;
  /** This tab's written documents not yet seen by live queries; views merge them in. */
  readonly pendingWrites: PendingWrites;
}

/**
 * Opens the browser's database with its device clock and repository. Imported lazily by
 * `DatabaseProvider`, so RxDB stays out of the shell's first-load JavaScript.
 */
export async function openLocalDatabase(onStorageFull: () => void): Promise<LocalDatabase> {
  const database = await createDatabase();
  const pendingWrites = createPendingWrites();
  const repository = createRepository(database, createDeviceClock(window.localStorage), {
    onStorageFull,
    pendingWrites,
  });
  return { database, repository, pendingWrites };
}
