import { expect, test } from "vitest";
import { createTestEntry, createTestGoal, createTestPiece } from "../testing/practice-test-docs";
import { planPieceMerge } from "./plan-piece-merge";

test("moves entries and goals from the merged piece to the kept one, once per entry", () => {
  const kept = createTestPiece({ title: "Nocturne", links: [{ url: "https://imslp.org/a" }] });
  const merged = createTestPiece({
    title: "nocturne",
    links: [{ url: "https://imslp.org/a" }, { url: "https://imslp.org/b" }],
    scoreIds: [kept.id],
  });
  const other = createTestPiece({ title: "Etude" });
  const onlyMerged = createTestEntry({ pieces: [{ pieceId: merged.id, tempoBpm: 60 }] });
  const both = createTestEntry({
    pieces: [{ pieceId: kept.id, tempoBpm: 56 }, { pieceId: other.id }, { pieceId: merged.id, tempoBpm: 63 }],
  });
  const untouched = createTestEntry({ pieces: [{ pieceId: other.id }] });
  const goal = createTestGoal({ kind: "tempo", pieceId: merged.id });

  const plan = planPieceMerge(kept, merged, [onlyMerged, both, untouched], [goal]);

  expect(plan.entryPatches).toEqual([
    { id: onlyMerged.id, patch: { pieces: [{ pieceId: kept.id, tempoBpm: 60 }] } },
    { id: both.id, patch: { pieces: [{ pieceId: kept.id, tempoBpm: 63 }, { pieceId: other.id }] } },
  ]);
  expect(plan.goalPatches).toEqual([{ id: goal.id, patch: { pieceId: kept.id } }]);
  expect(plan.keptPiecePatch.links.map((link) => link.url)).toEqual([
    "https://imslp.org/a",
    "https://imslp.org/b",
  ]);
  expect(plan.keptPiecePatch.scoreIds).toEqual([kept.id]);
  expect(plan.deletedPieceId).toBe(merged.id);
});
