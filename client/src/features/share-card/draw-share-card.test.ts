import { expect, test } from "vitest";
import { drawShareCard, fitText, type ShareCardCanvas, type ShareCardText } from "./draw-share-card";

function createRecordingCanvas() {
  const texts: string[] = [];
  const rects: { color: string; height: number }[] = [];
  const canvas: ShareCardCanvas = {
    fillStyle: "",
    font: "",
    textAlign: "left",
    textBaseline: "alphabetic",
    fillRect(_x, _y, _width, height) {
      rects.push({ color: String(this.fillStyle), height });
    },
    fillText(text) {
      texts.push(text);
    },
    // Ten pixels a character: enough to test the fitting.
    measureText: (text: string) => ({ width: text.length * 10 }) as TextMetrics,
    beginPath() {},
    roundRect() {},
    fill() {},
  };
  return { canvas, texts, rects };
}

const text: ShareCardText = {
  appName: "Mirubato",
  periodLabel: "Mar 2 – Mar 4, 2026",
  totalLabel: "Total practice",
  total: "2 hr 5 min",
  sessions: "4 sessions · 3 days",
  piecesLabel: "Pieces",
  noPieces: "No pieces logged",
  pieceLines: ["Nocturne — Chopin · 1 hr"],
  footer: "Practised with Mirubato",
};

const data = {
  fromDate: "2026-03-02",
  toDate: "2026-03-04",
  totalSec: 7_500,
  sessionCount: 4,
  practisedDayCount: 2,
  topPieces: [],
  dailyBars: [
    { localDate: "2026-03-02", totalSec: 3_600 },
    { localDate: "2026-03-03", totalSec: 0 },
    { localDate: "2026-03-04", totalSec: 1_800 },
  ],
};

test("draws the total, the period, the pieces and one bar per day", () => {
  const { canvas, texts, rects } = createRecordingCanvas();
  drawShareCard(canvas, data, text);
  expect(texts).toEqual(
    expect.arrayContaining(["Mirubato", "Mar 2 – Mar 4, 2026", "2 hr 5 min", "Nocturne — Chopin · 1 hr"]),
  );
  const bars = rects.slice(1);
  expect(bars).toHaveLength(3);
  expect(bars[0]?.height).toBe(200);
  expect(bars[1]).toEqual({ color: "#e8e5fa", height: 4 });
  expect(bars[2]?.height).toBe(100);
});

test("says so when no piece was logged", () => {
  const { canvas, texts } = createRecordingCanvas();
  drawShareCard(canvas, data, { ...text, pieceLines: [] });
  expect(texts).toContain("No pieces logged");
});

test("fitText shortens long lines with an ellipsis", () => {
  const { canvas } = createRecordingCanvas();
  expect(fitText(canvas, "short", 100)).toBe("short");
  expect(fitText(canvas, "a very long title", 100)).toBe("a very lo…");
});
