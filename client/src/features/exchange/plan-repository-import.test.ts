import { fixtureDocument } from "@mirubato/schema";
import { expect, test } from "vitest";
import { planRepositoryImport } from "./plan-repository-import";

const id = "01955b3a-6c00-7000-8000-000000000001";
const older = { at: "2026-03-01T09:30:00.000Z" };
const newer = { at: "2026-03-05T09:30:00.000Z" };
const piece = (content: { title: string; composer?: string }, options = older) =>
  fixtureDocument(id, { instrument: "piano", ...content }, options);

test("creates documents new to this device under their own id", () => {
  const imported = piece({ title: "Nocturne", composer: "Chopin" });
  expect(planRepositoryImport(new Map(), [imported])).toEqual({
    creates: [{ id, content: { instrument: "piano", title: "Nocturne", composer: "Chopin" } }],
    updates: [],
    unchangedCount: 0,
  });
});

test("writes nothing when this device's copy is the same or newer", () => {
  const imported = piece({ title: "Nocturne" });
  expect(planRepositoryImport(new Map([[id, imported]]), [imported])).toMatchObject({
    creates: [],
    updates: [],
    unchangedCount: 1,
  });
  const edited = piece({ title: "Nocturne op. 9" }, newer);
  expect(planRepositoryImport(new Map([[id, edited]]), [imported])).toMatchObject({
    updates: [],
    unchangedCount: 1,
  });
});

test("applies only the fields the file changed later, clearing removed ones", () => {
  const stored = piece({ title: "Nocturne", composer: "Chopin" });
  const imported = piece({ title: "Nocturne in E-flat" }, newer);
  expect(planRepositoryImport(new Map([[id, stored]]), [imported]).updates).toEqual([
    { id, patch: { title: "Nocturne in E-flat", composer: undefined } },
  ]);
});

test("a tombstone in the file deletes only a document this device has", () => {
  const tombstone = fixtureDocument(
    id,
    { instrument: "piano", title: "Nocturne" },
    { ...newer, isDeleted: true },
  );
  expect(planRepositoryImport(new Map(), [tombstone])).toMatchObject({ creates: [], unchangedCount: 1 });
  const stored = piece({ title: "Nocturne" });
  expect(planRepositoryImport(new Map([[id, stored]]), [tombstone]).updates).toEqual([
    { id, patch: { _deleted: true } },
  ]);
});
