import { expect, test } from "vitest";
import { parseDailyGoalMinutes } from "./daily-goal";

test("accepts whole minutes from 0 to 1,440", () => {
  expect(parseDailyGoalMinutes(" 45 ")).toBe(45);
  expect(parseDailyGoalMinutes("0")).toBe(0);
  expect(parseDailyGoalMinutes("1440")).toBe(1440);
});

test("refuses anything else", () => {
  for (const text of ["", "1441", "-5", "12.5", "abc", "1e3"])
    expect(parseDailyGoalMinutes(text), text).toBeUndefined();
});
