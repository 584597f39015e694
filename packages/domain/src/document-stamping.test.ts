import { collectionFixtures, type PieceContent, type PieceDoc, pieceSchema } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { createDocument, stampChange } from "./document-stamping";
import { createHlcClock } from "./hlc-clock";
import { mergeDocuments } from "./merge";

const [fixture] = collectionFixtures.pieces;
const {
  id: _id,
  createdAt: _c,
  updatedAt: _u,
  _deleted: _d,
  clocks: _k,
  ...fixtureContent
} = fixture ?? pieceSchema.parse({});
const content: PieceContent = fixtureContent;
const march = Date.UTC(2026, 2, 1, 9, 30);

describe("createDocument", () => {
  test("stamps every field and produces a valid document", () => {
    const piece: PieceDoc = createDocument(content, createHlcClock({ deviceId: "phone", now: () => march }));
    expect(pieceSchema.parse(piece)).toEqual(piece);
    expect(piece.createdAt).toBe("2026-03-01T09:30:00.000Z");
    expect(new Set(Object.values(piece.clocks))).toEqual(new Set(["2026-03-01T09:30:00.000Z-0000-phone"]));
  });
});

describe("stampChange", () => {
  const clock = createHlcClock({ deviceId: "phone", now: () => march });
  const piece: PieceDoc = createDocument(content, clock);

  test("stamps only fields that change, plus the liveness of the document", () => {
    const edited = stampChange(piece, { targetTempoBpm: 80, title: piece.title }, clock);
    expect(edited.targetTempoBpm).toBe(80);
    expect(edited.clocks.title).toBe(piece.clocks.title);
    expect(edited.clocks.targetTempoBpm).toBe(edited.clocks._deleted);
    expect((edited.clocks.targetTempoBpm ?? "") > (piece.clocks.targetTempoBpm ?? "")).toBe(true);
    expect(pieceSchema.parse(edited)).toEqual(edited);
  });

  test("returns the same document when nothing changes", () => {
    expect(stampChange(piece, { title: piece.title }, clock)).toBe(piece);
  });

  test("removes a cleared optional field but keeps its clock", () => {
    const cleared = stampChange(piece, { catalogue: undefined }, clock);
    expect("catalogue" in cleared).toBe(false);
    expect(cleared.clocks.catalogue).toBeDefined();
    expect(pieceSchema.safeParse(cleared).success).toBe(true);
  });

  test("an edit beats the stamp it saw, even one from a clock days ahead", () => {
    const future = createHlcClock({ deviceId: "laptop", now: () => march + 5 * 86_400_000 });
    const fromFuture = stampChange(piece, { notes: "from the future" }, future);
    const answered = stampChange(fromFuture, { notes: "answer" }, clock);
    expect(mergeDocuments(fromFuture, answered).notes).toBe("answer");
    expect(clock.snapshot().wallMs).toBeLessThanOrEqual(march + 3_600_000);
  });

  test("a delete and a later edit: the edit resurrects", () => {
    const deleted = stampChange(piece, { _deleted: true }, clock);
    expect(deleted._deleted).toBe(true);
    const restored = stampChange(deleted, { notes: "still practising this" }, clock);
    expect(mergeDocuments(deleted, restored)._deleted).toBe(false);
  });

  test("refuses to patch metadata", () => {
    expect(() => stampChange(piece, JSON.parse('{"clocks":{}}'), clock)).toThrow();
  });
});
