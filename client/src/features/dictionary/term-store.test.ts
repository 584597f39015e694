import { expect, test } from "vitest";
import { lento } from "./term.fixtures";
import { createMemoryBucket, createTermStore } from "./term-store";

test("keeps viewed terms and finds them again, also from the pack", async () => {
  const store = createTermStore(createMemoryBucket());
  await store.saveTerm(lento);
  expect(await store.getTerm("lento")).toEqual(lento);
  expect(await store.listTerms()).toEqual([lento]);
  await store.savePack({ version: "1", terms: [{ ...lento, slug: "largo", term: "largo" }] });
  expect((await store.getTerm("largo"))?.term).toBe("largo");
  expect(await store.getTerm("presto")).toBeUndefined();
});

test("lists recent look-ups newest first, without repeats", async () => {
  const store = createTermStore(createMemoryBucket());
  await store.addRecent({ slug: "lento", term: "lento" });
  await store.addRecent({ slug: "largo", term: "largo" });
  expect(await store.addRecent({ slug: "lento", term: "lento" })).toEqual([
    { slug: "lento", term: "lento" },
    { slug: "largo", term: "largo" },
  ]);
});

test("ignores stored values that no longer parse", async () => {
  const bucket = createMemoryBucket();
  await bucket.put("term/lento", { term: "lento" });
  await bucket.put("recent", "garbage");
  const store = createTermStore(bucket);
  expect(await store.getTerm("lento")).toBeUndefined();
  expect(await store.listRecent()).toEqual([]);
});
