import { computeHeatmap } from "@mirubato/domain";
import { expect, test } from "vitest";
import { layoutHeatmap } from "./heatmap-layout";

const days = computeHeatmap([], { fromDate: "2026-02-25", toDate: "2026-03-04" });

test("places days in week columns from the musician's week start", () => {
  // 2026-02-25 is a Wednesday: row 2 in a Monday week, row 3 in a Sunday week.
  const monday = layoutHeatmap(days, 1);
  expect(monday.cells[0]).toMatchObject({ localDate: "2026-02-25", column: 0, row: 2 });
  expect(monday.cells.find((cell) => cell.localDate === "2026-03-02")).toMatchObject({ column: 1, row: 0 });
  expect(monday.columnCount).toBe(2);
  const sunday = layoutHeatmap(days, 0);
  expect(sunday.cells[0]).toMatchObject({ row: 3 });
  expect(sunday.cells.find((cell) => cell.localDate === "2026-03-01")).toMatchObject({ column: 1, row: 0 });
});

test("labels each month at the column it starts in, never two labels within three columns", () => {
  expect(layoutHeatmap(days, 1).monthStarts).toEqual([{ column: 0, localDate: "2026-03-01" }]);
  expect(layoutHeatmap(days, 0).monthStarts).toEqual([{ column: 1, localDate: "2026-03-01" }]);
  const quarter = layoutHeatmap(computeHeatmap([], { fromDate: "2026-01-01", toDate: "2026-03-31" }), 1);
  expect(quarter.monthStarts.map((month) => month.localDate)).toEqual([
    "2026-01-01",
    "2026-02-01",
    "2026-03-01",
  ]);
});

test("an empty range lays out nothing", () => {
  expect(layoutHeatmap([], 1)).toEqual({ cells: [], columnCount: 0, monthStarts: [] });
});
