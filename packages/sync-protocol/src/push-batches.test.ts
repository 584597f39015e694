import { expect, test } from "vitest";
import { syncLimits, utf8ByteLength } from "./limits";
import { pushBatches } from "./push-batches";

const row = (index: number, noteBytes: number) => ({
  assumedMasterState: null,
  newDocumentState: { id: `doc-${index}`, notes: "é".repeat(noteBytes / 2) },
});

test("rows are split at the row limit, in order", () => {
  const rows = Array.from({ length: 1201 }, (_, index) => row(index, 10));
  const batches = pushBatches(rows);
  expect(batches.map((batch) => batch.length)).toEqual([500, 500, 201]);
  expect(batches.flat()).toEqual(rows);
});

test("every body stays within the byte limit, counted in UTF-8", () => {
  const rows = Array.from({ length: 40 }, (_, index) => row(index, 100_000));
  const batches = pushBatches(rows);
  expect(batches.length).toBeGreaterThan(1);
  for (const batch of batches)
    expect(utf8ByteLength({ rows: batch })).toBeLessThanOrEqual(syncLimits.maxBodyBytes);
  expect(batches.flat()).toEqual(rows);
});

test("a body filled exactly to the limit is not split", () => {
  const rows = [row(0, 10), row(1, 10)];
  const maxBytes = utf8ByteLength({ rows });
  expect(pushBatches(rows, { maxBytes })).toEqual([rows]);
  expect(pushBatches(rows, { maxBytes: maxBytes - 1 })).toEqual([[rows[0]], [rows[1]]]);
});

test("no rows make no batch", () => {
  expect(pushBatches([])).toEqual([]);
});
