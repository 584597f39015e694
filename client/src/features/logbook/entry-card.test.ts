import { createTestEntry } from "@mirubato/domain/testing";
import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { haveSameEntryCardProps } from "./entry-card";

const piecesById: ReadonlyMap<string, PieceDoc> = new Map();
const onEdit = (_entry: PracticeEntryDoc) => {};
const onDelete = (_entry: PracticeEntryDoc) => {};
const entry = createTestEntry({ notes: "Scales, slow" }, { id: "entry-1" });
const props = { entry, piecesById, onEdit, onDelete };

describe("entry card repaint rule", () => {
  test("a fresh copy of the same entry (every list change brings new objects) is the same card", () => {
    expect(haveSameEntryCardProps(props, { ...props, entry: structuredClone(entry) })).toBe(true);
  });

  test("a changed field, other pieces or other callbacks repaint the card", () => {
    expect(haveSameEntryCardProps(props, { ...props, entry: { ...entry, notes: "Scales, fast" } })).toBe(
      false,
    );
    expect(haveSameEntryCardProps(props, { ...props, piecesById: new Map() })).toBe(false);
    expect(haveSameEntryCardProps(props, { ...props, onEdit: () => {} })).toBe(false);
    expect(haveSameEntryCardProps(props, { ...props, onDelete: () => {} })).toBe(false);
  });
});
