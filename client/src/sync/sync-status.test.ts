import { expect, test } from "vitest";
import { createSyncStatusStore, deriveSyncStatus, initialSyncInputs, type SyncInputs } from "./sync-status";

const signedIn: SyncInputs = { ...initialSyncInputs, isSignedIn: true, lastSyncedAt: 1000 };

test("signed in, online, nothing pending: idle", () => {
  expect(deriveSyncStatus(signedIn).phase).toBe("idle");
});

test("pending changes or a running replication: syncing", () => {
  expect(deriveSyncStatus({ ...signedIn, pendingCount: 3 })).toMatchObject({
    phase: "syncing",
    pendingCount: 3,
  });
  expect(deriveSyncStatus({ ...signedIn, isReplicating: true }).phase).toBe("syncing");
});

test("no network or an unreachable server is offline, not an error", () => {
  expect(deriveSyncStatus({ ...signedIn, isOnline: false, pendingCount: 2 }).phase).toBe("offline");
  const status = deriveSyncStatus({ ...signedIn, isServerReachable: false });
  expect(status.phase).toBe("offline");
  expect(status.error).toBeUndefined();
});

test("never signed in: signed-out without an error", () => {
  const status = deriveSyncStatus(initialSyncInputs);
  expect(status.phase).toBe("signed-out");
  expect(status.error).toBeUndefined();
});

test("a session lost on the server asks the user to sign in again", () => {
  const status = deriveSyncStatus({ ...signedIn, wasSignedOutElsewhere: true });
  expect(status).toMatchObject({ phase: "signed-out", isSignedIn: false, error: { action: "sign-in" } });
});

test("a full storage outranks everything else", () => {
  const status = deriveSyncStatus({ ...signedIn, isOnline: false, isStorageFull: true });
  expect(status).toMatchObject({ phase: "error", error: { code: "storage_full", action: "reload" } });
});

test("a bad server answer is an error the replication keeps retrying", () => {
  const lastError = { code: "invalid_response", message: "bad pull" } as const;
  expect(deriveSyncStatus({ ...signedIn, lastError })).toMatchObject({
    phase: "error",
    error: { code: "invalid_response", action: "wait" },
  });
});

test("the store emits only when the derived status changes", () => {
  const store = createSyncStatusStore({ isSignedIn: true });
  const phases: string[] = [];
  const subscription = store.status$.subscribe((status) => phases.push(status.phase));
  store.update({ isReplicating: true });
  store.update({ isReplicating: true });
  store.update({ isReplicating: false });
  subscription.unsubscribe();
  expect(phases).toEqual(["idle", "syncing", "idle"]);
  expect(store.getStatus().phase).toBe("idle");
});
