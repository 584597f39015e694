import { expect, test } from "vitest";
import { createTestEntry, createTestPiece } from "../testing/practice-test-docs";
import { computeShareCard } from "./share-card";

test("a week's card: total, top pieces by share of time, and a bar per day", () => {
  const etude = createTestPiece({ title: "Etude", composer: "Chopin" });
  const sonata = createTestPiece({ title: "Sonata" });
  const gone = { ...createTestPiece({ title: "Gone" }), _deleted: true };
  const entries = [
    createTestEntry({ localDate: "2026-03-02", durationSec: 1200, pieces: [{ pieceId: etude.id }] }),
    createTestEntry({
      localDate: "2026-03-04",
      durationSec: 600,
      pieces: [{ pieceId: sonata.id }, { pieceId: etude.id }],
    }),
    createTestEntry({ localDate: "2026-03-05", durationSec: 3000, pieces: [{ pieceId: gone.id }] }),
    createTestEntry({ localDate: "2026-03-09", durationSec: 600 }),
  ];
  const card = computeShareCard(
    entries,
    [etude, sonata, gone],
    { fromDate: "2026-03-02", toDate: "2026-03-08" },
    { topPieceCount: 2 },
  );
  expect(card).toMatchObject({ totalSec: 4800, sessionCount: 3, practisedDayCount: 3 });
  expect(card.topPieces).toEqual([
    { pieceId: etude.id, title: "Etude", composer: "Chopin", totalSec: 1500 },
    { pieceId: sonata.id, title: "Sonata", totalSec: 300 },
  ]);
  expect(card.dailyBars.map((bar) => bar.totalSec)).toEqual([1200, 0, 600, 3000, 0, 0, 0]);
});
