import { describe, expect, test } from "vitest";
import {
  addSmoothedPoint,
  finishStroke,
  hitsMark,
  isHighlighterStroke,
  type Point,
  splitStroke,
  strokePath,
} from "./stroke-geometry";

describe("stroke geometry", () => {
  test("smoothing pulls each point halfway towards the pointer and clamps to the page", () => {
    let points: Point[] = addSmoothedPoint([], [0.1, 0.1]);
    points = addSmoothedPoint(points, [0.3, 0.1]);
    expect(points).toEqual([
      [0.1, 0.1],
      [0.2, 0.1],
    ]);
    expect(addSmoothedPoint([], [1.4, -0.2])).toEqual([[1, 0]]);
  });

  test("jitter below the minimum step adds no point", () => {
    const points = addSmoothedPoint([[0.5, 0.5]], [0.501, 0.5]);
    expect(points).toHaveLength(1);
  });

  test("finishing a stroke ends it at the pointer's last position", () => {
    expect(
      finishStroke(
        [
          [0.1, 0.1],
          [0.2, 0.1],
        ],
        [0.3, 0.1],
      ).at(-1),
    ).toEqual([0.3, 0.1]);
  });

  test("a long stroke splits into chunks of at most the limit that join without a gap", () => {
    const points: Point[] = Array.from({ length: 4500 }, (_, index) => [index / 4500, 0.5]);
    const chunks = splitStroke(points, 2000);
    expect(chunks.map((chunk) => chunk.length)).toEqual([2000, 2000, 502]);
    expect(chunks[1]?.[0]).toEqual(chunks[0]?.at(-1));
    expect(chunks.at(-1)?.at(-1)).toEqual(points.at(-1));
    expect(splitStroke(points.slice(0, 10))).toHaveLength(1);
  });

  test("the eraser hits a stroke near its line, not far from it", () => {
    const mark = {
      kind: "stroke",
      points: [
        [0.1, 0.5],
        [0.9, 0.5],
      ],
      color: "#000000",
      widthRatio: 0.004,
    } as const;
    expect(hitsMark(mark, [0.5, 0.505], 0.01, 1.4)).toBe(true);
    expect(hitsMark(mark, [0.5, 0.6], 0.01, 1.4)).toBe(false);
    expect(hitsMark(mark, [0.95, 0.5], 0.01, 1.4)).toBe(false);
  });

  test("the eraser hits stamps and text at their anchor", () => {
    const stamp = { kind: "stamp", x: 0.4, y: 0.4, stamp: "breath" } as const;
    expect(hitsMark(stamp, [0.41, 0.4], 0.01, 1.4)).toBe(true);
    expect(hitsMark(stamp, [0.6, 0.4], 0.01, 1.4)).toBe(false);
  });

  test("paths scale y by the page's aspect ratio", () => {
    expect(
      strokePath(
        [
          [0, 0.5],
          [1, 1],
        ],
        1.5,
      ),
    ).toBe("M0 0.75L1 1.5");
  });

  test("a wide stroke is a highlighter stroke", () => {
    expect(isHighlighterStroke(0.02)).toBe(true);
    expect(isHighlighterStroke(0.004)).toBe(false);
  });
});
