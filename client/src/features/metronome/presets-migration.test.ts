import { collectionFixtures } from "@mirubato/schema";
import { IDBKeyRange, indexedDB } from "fake-indexeddb";
import { createRxDatabase } from "rxdb";
import { getRxStorageDexie } from "rxdb/plugins/storage-dexie";
import { expect, test } from "vitest";
import { settingsSchema } from "../../db/collections/settings.collection";
import { createTestDatabase } from "../../db/testing/test-database";

// Settings schema 1 added optional preset fields (accents, groups, polyrhythm): a device that
// stored its settings at version 0 must open them unchanged after the update.
test("settings stored at schema version 0 open unchanged at version 1", async () => {
  const [stored] = collectionFixtures.settings;
  if (stored === undefined) throw new Error("expected a settings fixture");
  const name = `presets-migration-${Date.now()}`;
  const {
    accents: _a,
    groups: _g,
    polyrhythmAgainst: _p,
    ...presetProperties
  } = settingsSchema.properties.metronomePresets.items.properties;
  const versionZero = {
    ...settingsSchema,
    version: 0,
    properties: {
      ...settingsSchema.properties,
      metronomePresets: {
        ...settingsSchema.properties.metronomePresets,
        items: { ...settingsSchema.properties.metronomePresets.items, properties: presetProperties },
      },
    },
  };
  const old = await createRxDatabase({
    name,
    storage: getRxStorageDexie({ indexedDB, IDBKeyRange }),
    multiInstance: false,
  });
  await old.addCollections({ settings: { schema: versionZero } });
  await old.collections.settings?.insert(structuredClone(stored));
  await old.close();

  const updated = await createTestDatabase(["settings"], name);
  try {
    const migrated = await updated.settings.findOne(stored.id).exec();
    // toJSON() leaves out RxDB's `_deleted` flag; the document is otherwise the stored one.
    const { _deleted, ...content } = stored;
    expect(migrated?.toJSON()).toEqual(content);
    expect(migrated?.deleted).toBe(false);
  } finally {
    await updated.remove();
  }
});
