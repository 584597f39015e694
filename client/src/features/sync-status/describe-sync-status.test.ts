import { expect, test } from "vitest";
import { deriveSyncStatus, initialSyncInputs } from "../../sync/sync-status";
import { describeSyncStatus } from "./describe-sync-status";

const now = Date.parse("2026-03-01T10:00:00.000Z");
const signedIn = { ...initialSyncInputs, isSignedIn: true, lastSyncedAt: now - 120_000 };
const describe = (inputs: typeof signedIn) => describeSyncStatus(deriveSyncStatus(inputs), now, "en");

test("synced shows how long ago", () => {
  expect(describe(signedIn)).toMatchObject({ key: "sync.syncedAgo", params: { ago: "2 min. ago" } });
});

test("pending changes are counted", () => {
  expect(describe({ ...signedIn, pendingCount: 3 })).toMatchObject({
    key: "sync.pendingMany",
    params: { count: 3 },
  });
  expect(describe({ ...signedIn, pendingCount: 1 }).key).toBe("sync.pendingOne");
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
