import { createDatabase } from "./create-database";
import type { MirubatoDatabase } from "./database-types";
import { createDeviceClock } from "./device-clock";
import { createRepository, type Repository } from "./repository";

export interface LocalDatabase {
  readonly database: MirubatoDatabase;
  readonly repository: Repository;
}

/**
 * Opens the browser's database with its device clock and repository. Imported lazily by
 * `DatabaseProvider`, so RxDB stays out of the shell's first-load JavaScript.
 */
export async function openLocalDatabase(onStorageFull: () => void): Promise<LocalDatabase> {
  const database = await createDatabase();
  const repository = createRepository(database, createDeviceClock(window.localStorage), { onStorageFull });
  return { database, repository };
}
