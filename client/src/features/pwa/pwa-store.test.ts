import { expect, test } from "vitest";
import { createPwaStore } from "./pwa-store";

test("starts idle and reports offline readiness", () => {
  const store = createPwaStore();
  expect(store.getSnapshot()).toBe("idle");
  store.markOfflineReady();
  expect(store.getSnapshot()).toBe("offline-ready");
});

test("an available update is not hidden by a later offline-ready event", () => {
  const store = createPwaStore();
  store.markUpdateAvailable(async () => {});
  store.markOfflineReady();
  expect(store.getSnapshot()).toBe("update-available");
});

test("applyUpdate activates the waiting worker", async () => {
  const store = createPwaStore();
  let activations = 0;
  store.markUpdateAvailable(async () => {
    activations++;
  });
  await store.applyUpdate();
  expect(activations).toBe(1);
});

test("subscribers hear changes until they unsubscribe", () => {
  const store = createPwaStore();
  const seen: string[] = [];
  const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot()));
  store.markOfflineReady();
  store.dismiss();
  unsubscribe();
  store.markOfflineReady();
  expect(seen).toEqual(["offline-ready", "idle"]);
});
