import { expect, type Page } from "@playwright/test";
import {
  addEntry,
  type Device,
  expectEntryShown,
  freezeTab,
  isLeaderTab,
  openServer,
  test,
  uniqueNotes,
  waitForConvergence,
} from "./kit";

/**
 * Several tabs of one device share one database, and only the elected leader replicates for all
 * of them. These stories take the leader away — closed, or frozen as a browser freezes a hidden
 * tab — while changes wait to be pushed, and check that another tab takes over and nothing is
 * lost or duplicated.
 */
const collections = ["practice_entries"];

/** The laptop's first tab plus a second one; returns them as leader and follower. */
async function twoTabs(laptop: Device): Promise<{ leader: Page; follower: Page }> {
  const first = laptop.page;
  const second = await laptop.openTab();
  const leader = await laptop.leaderTab([first, second]);
  return { leader, follower: leader === first ? second : first };
}

/** Adds an entry through `tab`'s Logbook, then goes back to driving `back`. */
async function addEntryIn(laptop: Device, tab: Page, notes: string, back: Page) {
  laptop.useTab(tab);
  const entry = await addEntry(laptop, { notes });
  laptop.useTab(back);
  return entry;
}

async function expectOnServerOnce(laptop: Device, notes: readonly string[]) {
  if (laptop.account === null) throw new Error("the laptop is signed in");
  const server = await openServer(laptop.account);
  try {
    const entries = await server.pullAll("practice_entries");
    for (const note of notes) {
      expect(
        entries.filter((entry) => entry.notes === note),
        `"${note}" on the server once`,
      ).toHaveLength(1);
    }
  } finally {
    await server.dispose();
  }
}

test("a closed leader tab hands replication over; what it had queued is pushed by the other tab", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(120_000);
  const { leader, follower } = await twoTabs(laptop);
  await laptop.cut("api", "up");
  const fromLeader = uniqueNotes("queued in the leader tab");
  const fromFollower = uniqueNotes("queued in the other tab");
  await addEntryIn(laptop, leader, fromLeader, follower);
  await addEntryIn(laptop, follower, fromFollower, follower);
  expect((await laptop.pending()).total, "both entries wait for the API").toBeGreaterThanOrEqual(2);

  await leader.close();
  await expect.poll(() => isLeaderTab(follower), { timeout: 20_000 }).toBe(true);
  await laptop.heal("api");
  await laptop.focus();
  await waitForConvergence([laptop, phone], { collections, timeoutMs: 30_000 });
  await expectOnServerOnce(laptop, [fromLeader, fromFollower]);
  for (const notes of [fromLeader, fromFollower]) await expectEntryShown(phone, notes, 10_000);
});

test("a frozen leader tab hands replication over, and rejoins without duplicating anything", async ({
  devices: [laptop, phone],
}) => {
  test.setTimeout(120_000);
  const { leader, follower } = await twoTabs(laptop);
  const beforeFreeze = uniqueNotes("made before the freeze");
  await addEntryIn(laptop, leader, beforeFreeze, follower);
  await waitForConvergence([laptop, phone], { collections, timeoutMs: 30_000 });

  const thaw = await freezeTab(leader);
  const whileFrozen = uniqueNotes("made while the leader is frozen");
  await addEntry(laptop, { notes: whileFrozen });
  await expect.poll(() => isLeaderTab(follower), { timeout: 20_000 }).toBe(true);
  await laptop.focus();
  await waitForConvergence([laptop, phone], { collections, timeoutMs: 30_000 });
  await expectEntryShown(phone, whileFrozen, 10_000);

  const fromPhone = uniqueNotes("made on the phone while the tab is frozen");
  await addEntry(phone, { notes: fromPhone });
  await thaw();
  const afterThaw = uniqueNotes("made in the thawed tab");
  await addEntryIn(laptop, leader, afterThaw, follower);
  await laptop.focus();
  await phone.focus();
  await waitForConvergence([laptop, phone], { collections, timeoutMs: 30_000 });
  laptop.useTab(leader);
  await waitForConvergence([laptop, phone], { collections, timeoutMs: 30_000 });
  await expectOnServerOnce(laptop, [beforeFreeze, whileFrozen, fromPhone, afterThaw]);
  await expectEntryShown(laptop, fromPhone, 10_000);
});
