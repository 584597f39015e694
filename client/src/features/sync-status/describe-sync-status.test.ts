import { expect, test } from "vitest";
import { loadMessages } from "../../i18n/locales";
import { createTranslate } from "../../i18n/translate";
import { deriveSyncStatus, initialSyncInputs } from "../../sync/sync-status";
import { describeSyncStatus } from "./describe-sync-status";

const now = Date.parse("2026-03-01T10:00:00.000Z");
const signedIn = { ...initialSyncInputs, isSignedIn: true, lastSyncedAt: now - 120_000 };
const describe = (inputs: typeof signedIn) => describeSyncStatus(deriveSyncStatus(inputs), now, "en");

test("synced shows how long ago", () => {
  expect(describe(signedIn)).toMatchObject({ key: "sync.syncedAgo", params: { ago: "2 min. ago" } });
});

test.each([1, 3])("%i pending changes are counted in one plural message", (pendingCount) => {
  expect(describe({ ...signedIn, pendingCount })).toEqual({
    key: "sync.pending",
    params: { count: pendingCount },
    tone: "busy",
  });
});

test.each([
  ["en", 1, "1 change waiting to sync"],
  ["en", 1200, "1,200 changes waiting to sync"],
  ["de", 1, "1 Änderung wartet auf Synchronisierung"],
  ["de", 2, "2 Änderungen warten auf Synchronisierung"],
  ["fr", 1, "1 modification en attente de synchronisation"],
  ["zh-CN", 1, "1 项更改等待同步"],
] as const)("in %s, %i pending reads %s", async (locale, pendingCount, expected) => {
  const text = describe({ ...signedIn, pendingCount });
  expect(createTranslate(await loadMessages(locale), locale)(text.key, text.params)).toBe(expected);
});

test("offline says changes are kept on the device", () => {
  expect(describe({ ...signedIn, isOnline: false }).key).toBe("sync.offline");
});

test("a lost session links to sign in again", () => {
  expect(describe({ ...signedIn, wasSignedOutElsewhere: true })).toMatchObject({
    key: "sync.signedOutElsewhere",
    link: { to: "/account" },
  });
});

test("full storage asks to free space", () => {
  expect(describe({ ...signedIn, isStorageFull: true }).key).toBe("sync.storageFull");
});
