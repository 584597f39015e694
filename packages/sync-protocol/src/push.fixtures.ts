import { collectionFixtures, type PieceDoc } from "@mirubato/schema";
import type { PushRequest, PushResponse } from "./push";

function fixtureAt(index: number): PieceDoc {
  const doc = collectionFixtures.pieces[index];
  if (doc === undefined) throw new Error(`missing piece fixture ${index}`);
  return doc;
}

export const basePieceFixture = fixtureAt(0);
const piece = basePieceFixture;
const deletedPiece = fixtureAt(1);
const editedPiece: PieceDoc = {
  ...piece,
  targetTempoBpm: 80,
  updatedAt: "2026-03-02T10:00:00.000Z",
  clocks: {
    ...piece.clocks,
    targetTempoBpm: "2026-03-02T10:00:00.000Z-0000-phone",
    _deleted: "2026-03-02T10:00:00.000Z-0000-phone",
  },
};

export const piecesPushRequestFixtures: PushRequest<"pieces">[] = [
  { rows: [{ assumedMasterState: null, newDocumentState: piece }] },
  {
    rows: [
      { assumedMasterState: piece, newDocumentState: editedPiece },
      { assumedMasterState: null, newDocumentState: deletedPiece },
    ],
  },
];

export const piecesPushResponseFixtures: PushResponse<"pieces">[] = [
  { conflicts: [] },
  { conflicts: [editedPiece] },
];

/** Bodies a server must refuse. */
export const invalidPiecesPushRequests: unknown[] = [
  { rows: [] },
  { rows: Array.from({ length: 501 }, () => ({ assumedMasterState: null, newDocumentState: piece })) },
  { rows: [{ assumedMasterState: deletedPiece, newDocumentState: piece }] },
  { rows: [{ assumedMasterState: null, newDocumentState: { ...piece, notes: "♪".repeat(10_001) } }] },
  { rows: [{ newDocumentState: piece }] },
];
