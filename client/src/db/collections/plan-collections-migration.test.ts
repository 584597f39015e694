import { collectionFixtures } from "@mirubato/schema";
import { IDBKeyRange, indexedDB } from "fake-indexeddb";
import { createRxDatabase } from "rxdb";
import { getRxStorageDexie } from "rxdb/plugins/storage-dexie";
import { expect, test } from "vitest";
import { createDatabase } from "../create-database";
import { withDevModeValidation } from "../dev-mode-storage";
import { planOccurrencesSchema } from "./plan-occurrences.collection";
import { practicePlansSchema } from "./practice-plans.collection";

// The version-0 RxDB schemas as the first release stored them: today's literals without the
// fields version 1 added. A browser that opened the app before the bump has exactly these.
function occurrencesV0() {
  const { note: _note, segmentTempos: _tempos, ...properties } = planOccurrencesSchema.properties;
  return { ...planOccurrencesSchema, version: 0, properties };
}

function plansV0() {
  const segmentItems = practicePlansSchema.properties.segments.items;
  const { startTempoBpm: _start, ...segmentProperties } = segmentItems.properties;
  const segments = {
    ...practicePlansSchema.properties.segments,
    items: { ...segmentItems, properties: segmentProperties },
  };
  const properties = { ...practicePlansSchema.properties, segments };
  return { ...practicePlansSchema, version: 0, properties };
}

test("a browser's version-0 plans and occurrences open at version 1 unchanged", async () => {
  const storage = withDevModeValidation(getRxStorageDexie({ indexedDB, IDBKeyRange }));
  const name = `plans-migration-${Date.now()}`;
  const [plan] = collectionFixtures.practice_plans;
  const [occurrence] = collectionFixtures.plan_occurrences;
  const old = await createRxDatabase({ name, storage, multiInstance: false });
  await old.addCollections({
    practice_plans: { schema: plansV0() },
    plan_occurrences: { schema: occurrencesV0() },
  });
  await old.practice_plans?.insert(plan);
  await old.plan_occurrences?.insert(occurrence);
  await old.close();

  const upgraded = await createDatabase({
    name,
    storage,
    isMultiInstance: false,
    collections: ["practice_plans", "plan_occurrences"],
  });
  try {
    expect(upgraded.practice_plans.schema.version).toBe(1);
    const plans = await upgraded.practice_plans.find().exec();
    const occurrences = await upgraded.plan_occurrences.find().exec();
    // toJSON() leaves out `_deleted`; `deleted` is RxDB's own view of it.
    expect(plans.map((doc) => ({ ...doc.toJSON(), _deleted: doc.deleted }))).toEqual([plan]);
    expect(occurrences.map((doc) => ({ ...doc.toJSON(), _deleted: doc.deleted }))).toEqual([occurrence]);
  } finally {
    await upgraded.remove();
  }
});
