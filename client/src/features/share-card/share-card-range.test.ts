import { expect, test } from "vitest";
import { getShareRange } from "./share-card-range";

const context = {
  today: "2026-03-04",
  weekStartDay: 1,
  range: { fromDate: "2026-01-01", toDate: "2026-03-04" },
};

test("a day, the week so far from the musician's week start, or the reports' period", () => {
  expect(getShareRange("day", context)).toEqual({ fromDate: "2026-03-04", toDate: "2026-03-04" });
  expect(getShareRange("week", context)).toEqual({ fromDate: "2026-03-02", toDate: "2026-03-04" });
  expect(getShareRange("week", { ...context, weekStartDay: 0 }).fromDate).toBe("2026-03-01");
  expect(getShareRange("range", context)).toEqual(context.range);
});
