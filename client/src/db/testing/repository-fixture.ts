import { createHlcClock, type HlcClock } from "@mirubato/domain";
import { afterEach } from "vitest";
import type { MirubatoDatabase } from "../database-types";
import { createPendingWrites, type PendingWrites } from "../pending-writes";
import { createRepository, type Repository } from "../repository";
import { createTestDatabase } from "./test-database";

export interface RepositoryFixture {
  readonly database: MirubatoDatabase;
  readonly clock: HlcClock;
  readonly repository: Repository;
  /** The repository's pending writes; a stored document stays in it (no linger timer runs). */
  readonly pendingWrites: PendingWrites;
  /** Moves the device's wall clock forward. */
  readonly advance: (ms: number) => void;
}

/**
 * A pieces database with a repository on a controllable clock (device "deviceA", starting
 * 2026-03-01T10:00Z), removed after each test. Call at a test file's top level.
 *
 * @example
 * const openRepository = useRepositoryFixture();
 * test("…", async () => { const { repository, advance } = await openRepository(); });
 */
export function useRepositoryFixture(): () => Promise<RepositoryFixture> {
  let database: MirubatoDatabase | undefined;
  afterEach(async () => {
    await database?.remove();
    database = undefined;
  });
  return async () => {
    database = await createTestDatabase();
    let nowMs = Date.parse("2026-03-01T10:00:00.000Z");
    const clock = createHlcClock({ deviceId: "deviceA", now: () => nowMs });
    const advance = (ms: number) => {
      nowMs += ms;
    };
    const pendingWrites = createPendingWrites({ setTimer: () => undefined });
    const repository = createRepository(database, clock, { pendingWrites });
    return { database, clock, repository, pendingWrites, advance };
  };
}
