import { expect, test } from "@playwright/test";
import {
  baseUrlOf,
  closeDevices,
  type Device,
  openDevices,
  signUp,
  uniqueEmail,
  uniqueNotes,
  waitForConvergence,
} from "./kit";

/**
 * A new device's first pull (client/src/sync/first-pull.ts, ADR 0007) writes pages straight into
 * IndexedDB, outside RxDB's usual downstream path. In real Chromium: it brings in an account of
 * two pages, pushes none of it back, counts none of it as waiting, and both devices keep syncing
 * edits of what it stored.
 */
const collections = ["practice_entries"];
// More than one pull page (1,000), so the first pull stores a page and hands RxDB only the rest.
const entryCount = 1_050;

/** Creates `count` entries on `device` through the automation bridge (the repository, as the UI). */
async function createEntries(device: Device, count: number, notes: string): Promise<string[]> {
  return device.page.evaluate(
    async ({ count, notes }) => {
      const bridge = window.__mirubato;
      if (bridge === undefined) throw new Error("no automation bridge");
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const startedAt = new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString();
        const entry = await bridge.create("practice_entries", {
          startedAt,
          localDate: startedAt.slice(0, 10),
          timeZone: "UTC",
          durationSec: 1_800,
          type: "practice",
          instrument: "Piano",
          pieces: [],
          techniques: [],
          notes: `${notes} #${index}`,
          tags: [],
          goalIds: [],
          source: "manual",
        });
        ids.push(String(entry.id));
      }
      return ids;
    },
    { count, notes },
  );
}

/** Changes the notes of entry `id` on `from` and waits until `to` holds the change. */
async function expectEditToReach(from: Device, to: Device, id: string | undefined): Promise<void> {
  if (id === undefined) throw new Error("no such entry");
  const notes = uniqueNotes(`edited on ${from.name}`);
  await from.page.evaluate(
    async ({ id, notes }) => {
      await window.__mirubato?.update("practice_entries", id, { notes });
    },
    { id, notes },
  );
  await expect
    .poll(async () => (await to.dump("practice_entries")).find((entry) => entry.id === id)?.notes, {
      message: `${from.name}'s edit reaches ${to.name}`,
      timeout: 10_000,
    })
    .toBe(notes);
}

test("a new device's first pull brings a whole account in, pushes none of it back, and keeps syncing it", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const account = await signUp(browser, uniqueEmail("first-pull"), { baseURL: baseUrlOf({ baseURL }) });
  const [laptop] = await openDevices(browser, account, 1, { path: "/settings" });
  if (laptop === undefined) throw new Error("no laptop");
  const ids = await createEntries(laptop, entryCount, uniqueNotes("seeded"));
  await waitForConvergence([laptop], { collections, account, timeoutMs: 60_000 });

  const [phone] = await openDevices(browser, account, 1);
  if (phone === undefined) throw new Error("no phone");
  const phonePushes: string[] = [];
  phone.page.on("request", (request) => {
    if (request.url().includes("/api/sync/practice_entries/push")) phonePushes.push(request.url());
  });
  await waitForConvergence([laptop, phone], { collections, account, timeoutMs: 60_000 });
  expect(phonePushes, "the phone pushes nothing of what it pulled").toEqual([]);
  expect((await phone.pending()).collections.practice_entries?.unpushedIds).toEqual([]);

  // Entries from the first page (stored by the first pull), edited on each side in turn.
  await expectEditToReach(laptop, phone, ids[3]);
  await expectEditToReach(phone, laptop, ids[7]);
  await waitForConvergence([laptop, phone], { collections, account, timeoutMs: 30_000 });
  await closeDevices([laptop, phone]);
});
