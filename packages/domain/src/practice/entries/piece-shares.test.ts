import fc from "fast-check";
import { expect, test } from "vitest";
import { selectLiveDocuments } from "./live-documents";
import { getPieceShares } from "./piece-shares";

test("splits an entry's time equally among distinct pieces", () => {
  expect(
    getPieceShares({ durationSec: 61, pieces: [{ pieceId: "a" }, { pieceId: "b" }, { pieceId: "a" }] }),
  ).toEqual([
    { pieceId: "a", durationSec: 31 },
    { pieceId: "b", durationSec: 30 },
  ]);
  expect(getPieceShares({ durationSec: 600, pieces: [] })).toEqual([]);
});

test("shares always add up to the entry's duration", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 86_400 }),
      fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: 1 }),
      (durationSec, ids) => {
        const shares = getPieceShares({ durationSec, pieces: ids.map((pieceId) => ({ pieceId })) });
        expect(shares.reduce((sum, share) => sum + share.durationSec, 0)).toBe(durationSec);
      },
    ),
  );
});

test("leaves tombstones out", () => {
  expect(selectLiveDocuments([{ _deleted: true }, { _deleted: false }])).toEqual([{ _deleted: false }]);
});
