import { expect } from "@playwright/test";
import {
  addEntry,
  editEntry,
  entryItem,
  expectEntryShown,
  test,
  uniqueNotes,
  waitForConvergence,
} from "./kit";

const collections = ["practice_entries"];

test("both devices offline edit the same and different entries, and converge after reconnecting", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(90_000);
  const shared = uniqueNotes("shared");
  const sharedEntry = await addEntry(laptop, { notes: shared, durationMinutes: 30 });
  await waitForConvergence([laptop], { collections });
  await phone.focus();
  await expectEntryShown(phone, shared);

  await laptop.goOffline();
  await phone.goOffline();
  const editedNotes = uniqueNotes("edited on the laptop");
  await editEntry(laptop, shared, { notes: editedNotes });
  await editEntry(phone, shared, { durationMinutes: 75 });
  const onlyLaptop = uniqueNotes("laptop only");
  const onlyPhone = uniqueNotes("phone only");
  await addEntry(laptop, { notes: onlyLaptop });
  await addEntry(phone, { notes: onlyPhone });

  const healedAt = Date.now();
  await Promise.all([laptop.heal(), phone.heal()]);
  const state = await waitForConvergence([laptop, phone], { collections, timeoutMs: 30_000 });
  test
    .info()
    .annotations.push({ type: "converged after reconnect (ms)", description: String(Date.now() - healedAt) });

  const entries = state.practice_entries ?? [];
  const merged = entries.find((entry) => entry.id === sharedEntry.id);
  expect(merged, "both offline edits of the shared entry survive").toMatchObject({
    notes: editedNotes,
    durationSec: 75 * 60,
    _deleted: false,
  });
  for (const notes of [onlyLaptop, onlyPhone]) {
    expect(entries.filter((entry) => entry.notes === notes)).toHaveLength(1);
  }
  for (const device of [laptop, phone]) {
    for (const notes of [editedNotes, onlyLaptop, onlyPhone]) await expectEntryShown(device, notes, 5_000);
  }
});

test("with the relay blocked, changes still arrive by the periodic pull and on focus", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(90_000);
  await phone.cut("relay");

  const byPoll = uniqueNotes("arrives by the periodic pull");
  await addEntry(laptop, { notes: byPoll });
  await expect.poll(async () => (await laptop.pending()).total, { timeout: 15_000 }).toBe(0);
  // No poke can reach the phone; its engine pulls every 30 s while the relay is unreachable.
  await expectEntryShown(phone, byPoll, 40_000);

  const byFocus = uniqueNotes("arrives on focus");
  await addEntry(laptop, { notes: byFocus });
  await expect.poll(async () => (await laptop.pending()).total, { timeout: 15_000 }).toBe(0);
  // The musician picks the phone up: the window gains focus, and the app pulls at once.
  await phone.focus();
  await expectEntryShown(phone, byFocus, 5_000);
  expect(phone.relay.openSockets, "the phone never had a relay socket meanwhile").toBe(0);
  await waitForConvergence([laptop, phone], { collections });
});

test("with the API down, writes queue, survive a reload and are pushed later", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(120_000);
  await laptop.cut("api");
  const queued = [uniqueNotes("queued one"), uniqueNotes("queued two"), uniqueNotes("queued three")];
  for (const notes of queued) await addEntry(laptop, { notes });
  await expect.poll(async () => (await laptop.pending()).total).toBe(queued.length);

  await laptop.reload();
  for (const notes of queued) await expectEntryShown(laptop, notes, 10_000);
  expect((await laptop.pending()).total, "still queued after the reload").toBe(queued.length);
  expect(laptop.api.requests.up, "pushes were attempted and failed").toBeGreaterThan(0);

  const healedAt = Date.now();
  await laptop.heal("api");
  // Pushes retry with back-off (2 s doubling, jittered), not on a signal: the server came back silently.
  const state = await waitForConvergence([laptop], { collections, timeoutMs: 60_000 });
  test.info().annotations.push({
    type: "pushed after the API came back (ms)",
    description: String(Date.now() - healedAt),
  });
  await phone.focus();
  for (const notes of queued) {
    expect((state.practice_entries ?? []).filter((entry) => entry.notes === notes)).toHaveLength(1);
    await expectEntryShown(phone, notes, 10_000);
  }
});

test("a tab closed in the middle of a push loses nothing and duplicates nothing", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(90_000);
  const phases = [
    { mode: "before-server", notes: uniqueNotes("closed before the push arrived") },
    { mode: "after-server", notes: uniqueNotes("closed before the push was answered") },
  ] as const;
  for (const { mode, notes } of phases) {
    laptop.holdPushes(mode);
    await addEntry(laptop, { notes });
    await expect.poll(() => laptop.api.heldPushes, { message: `a push held ${mode}` }).toBeGreaterThan(0);
    await laptop.closePage();
    await laptop.releasePushes();
    await laptop.reopen();

    const state = await waitForConvergence([laptop], { collections, timeoutMs: 30_000 });
    expect((state.practice_entries ?? []).filter((entry) => entry.notes === notes)).toHaveLength(1);
    await phone.focus();
    await expectEntryShown(phone, notes, 10_000);
  }
  for (const { notes } of phases) {
    await expect(entryItem(phone.page, notes)).toHaveCount(
      process.env.E2E_LOGBOOK_DRIVER === "bridge" ? 0 : 1,
    );
  }
});
