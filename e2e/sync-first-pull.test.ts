import { expect, test } from "@playwright/test";
import {
  addEntry,
  baseUrlOf,
  closeDevices,
  type Device,
  openDevices,
  openServer,
  type ServerApi,
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

/**
 * Gives the account `count` entries: one made in `device`'s Logbook, and copies of it with their
 * own ids pushed to the server as another device would. Returns their ids, `device`'s first.
 */
async function seedEntries(device: Device, server: ServerApi, count: number): Promise<string[]> {
  const template = await addEntry(device, { notes: uniqueNotes("seeded") });
  const copies = Array.from({ length: count - 1 }, (_, index) => ({
    ...template,
    // Still a UUIDv7: only the random tail changes.
    id: `${template.id.slice(0, 24)}${(index + 1).toString(16).padStart(12, "0")}`,
    notes: `${String(template.notes)} #${index + 1}`,
  }));
  for (let start = 0; start < copies.length; start += 500) {
    const rows = copies
      .slice(start, start + 500)
      .map((copy) => ({ assumedMasterState: null, newDocumentState: copy }));
    expect(await server.push("practice_entries", rows)).toEqual([]);
  }
  return [template.id, ...copies.map((copy) => copy.id)];
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
  const [laptop] = await openDevices(browser, account, 1);
  if (laptop === undefined) throw new Error("no laptop");
  const server = await openServer(account);
  const ids = await seedEntries(laptop, server, entryCount);
  await server.dispose();
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
