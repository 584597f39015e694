import { addDays, createHlcClock, groupEntriesByDay } from "@mirubato/domain";
import type { PracticeEntryContent } from "@mirubato/schema";
import { afterEach, expect, test } from "vitest";
import type { MirubatoDatabase } from "../../db/database-types";
import { createRepository } from "../../db/repository";
import { createTestDatabase } from "../../db/testing/test-database";
import { createEntryPages, type EntryPages, type EntryPagesSnapshot } from "./entry-pages";

let database: MirubatoDatabase | undefined;
let pages: EntryPages | undefined;
afterEach(async () => {
  pages?.dispose();
  pages = undefined;
  await database?.remove();
  database = undefined;
});

function content(localDate: string, hour: number, minutes = 10): PracticeEntryContent {
  return {
    startedAt: `${localDate}T${String(hour).padStart(2, "0")}:00:00.000Z`,
    localDate,
    timeZone: "UTC",
    durationSec: minutes * 60,
    type: "practice",
    instrument: "piano",
    pieces: [],
    techniques: [],
    notes: `${localDate} ${hour}h`,
    tags: [],
    goalIds: [],
    source: "manual",
  };
}

/** 20 days ending 2026-03-20, with 1, 2 or 3 entries a day (40 entries). */
async function setup() {
  database = await createTestDatabase(["practice_entries"]);
  const repository = createRepository(database, createHlcClock({ deviceId: "deviceA" }));
  const all: PracticeEntryContent[] = [];
  for (let day = 0; day < 20; day++) {
    const localDate = addDays("2026-03-20", -day);
    for (let index = 0; index < (day % 3) + 1; index++) all.push(content(localDate, 8 + index));
  }
  for (const entry of all) {
    const created = await repository.createDocument("practice_entries", entry);
    if (!created.ok) throw new Error(created.error.message);
  }
  return { database, repository };
}

function nextSnapshot(store: EntryPages, isReady: (snapshot: EntryPagesSnapshot) => boolean) {
  return new Promise<EntryPagesSnapshot>((resolve) => {
    const check = () => {
      const snapshot = store.getSnapshot();
      if (isReady(snapshot)) {
        unsubscribe();
        resolve(snapshot);
      }
    };
    const unsubscribe = store.subscribe(check);
    check();
  });
}

const settled = (snapshot: EntryPagesSnapshot) => !snapshot.isLoading && !snapshot.isLoadingMore;

test("pages hold whole days, newest first, and together every entry once", async () => {
  const { database: db } = await setup();
  const live = await db.practice_entries.find().exec();
  pages = createEntryPages(db.practice_entries, { pageSize: 7, anchorDate: "2026-03-20" });
  const first = await nextSnapshot(pages, settled);
  expect(first.entries.length).toBeGreaterThanOrEqual(7);
  expect(first.entries.length).toBeLessThan(live.length);
  expect(first.hasMore).toBe(true);
  expect(first.entries[0]?.localDate).toBe(
    live
      .map((entry) => entry.localDate)
      .sort()
      .at(-1),
  );
  const oldestShown = first.entries.at(-1)?.localDate ?? "";
  // The oldest day shown is complete, so its total is right.
  expect(first.entries.filter((entry) => entry.localDate === oldestShown)).toHaveLength(
    live.filter((entry) => entry.localDate === oldestShown).length,
  );
  let snapshot = first;
  while (snapshot.hasMore) {
    await pages.loadMore();
    snapshot = await nextSnapshot(pages, settled);
  }
  expect(snapshot.entries.map((entry) => entry.id).sort()).toEqual(live.map((entry) => entry.id).sort());
  const days = groupEntriesByDay(snapshot.entries, "2026-03-20");
  expect(days.map((day) => day.localDate)).toEqual([...days.map((day) => day.localDate)].sort().reverse());
});

test("a date range bounds the pages", async () => {
  const { database: db } = await setup();
  pages = createEntryPages(db.practice_entries, {
    pageSize: 100,
    anchorDate: "2026-03-20",
    fromDate: "2026-03-10",
    toDate: "2026-03-12",
  });
  const snapshot = await nextSnapshot(pages, settled);
  expect(new Set(snapshot.entries.map((entry) => entry.localDate))).toEqual(
    new Set(["2026-03-10", "2026-03-11", "2026-03-12"]),
  );
  expect(snapshot.hasMore).toBe(false);
});

test("pages stay live: a new entry today and a deleted one show at once", async () => {
  const { database: db, repository } = await setup();
  pages = createEntryPages(db.practice_entries, { pageSize: 5, anchorDate: "2026-03-20" });
  const before = await nextSnapshot(pages, settled);
  const created = await repository.createDocument("practice_entries", content("2026-03-21", 7));
  if (!created.ok) throw new Error(created.error.message);
  const withNew = await nextSnapshot(pages, (snapshot) => snapshot.entries[0]?.id === created.document.id);
  expect(withNew.entries).toHaveLength(before.entries.length + 1);
  await repository.deleteDocument("practice_entries", created.document.id);
  const afterDelete = await nextSnapshot(
    pages,
    (snapshot) => snapshot.entries.length === before.entries.length,
  );
  expect(afterDelete.entries.map((entry) => entry.id)).toEqual(before.entries.map((entry) => entry.id));
});
