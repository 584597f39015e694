import { expect, test } from "vitest";
import { createLocalDateFormat, listWeekdayNames } from "./calendar-format";

test("formats a local date without shifting it through a time zone", () => {
  expect(createLocalDateFormat("en", { dateStyle: "medium" })("2026-03-01")).toBe("Mar 1, 2026");
  expect(createLocalDateFormat("fr", { dateStyle: "long" })("2026-03-01")).toBe("1 mars 2026");
  expect(createLocalDateFormat("de", { day: "numeric", month: "numeric" })("2026-03-01")).toBe("1.3.");
  expect(createLocalDateFormat("zh-CN", { month: "short", day: "numeric" })("2026-12-31")).toBe("12月31日");
});

test("listWeekdayNames starts the week on the given day", () => {
  expect(listWeekdayNames("en", 1, "short")).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
  expect(listWeekdayNames("en", 0, "long")[0]).toBe("Sunday");
  expect(listWeekdayNames("de", 6, "long")[0]).toBe("Samstag");
});
