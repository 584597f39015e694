import { expect, test } from "vitest";
import { formatStopwatch, getDurationParts, toRoundedHours, toRoundedMinutes } from "./duration-parts";

test("splits durations into whole parts", () => {
  expect(getDurationParts(3909)).toEqual({ hours: 1, minutes: 5, seconds: 9 });
  expect(getDurationParts(-5)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  expect(getDurationParts(90_000)).toEqual({ hours: 25, minutes: 0, seconds: 0 });
});

test("formats a stopwatch with digits only", () => {
  expect(formatStopwatch(3909)).toBe("1:05:09");
  expect(formatStopwatch(59)).toBe("0:59");
  expect(formatStopwatch(600)).toBe("10:00");
});

test("rounds to minutes and tenths of hours", () => {
  expect(toRoundedMinutes(89)).toBe(1);
  expect(toRoundedMinutes(90)).toBe(2);
  expect(toRoundedHours(5400)).toBe(1.5);
});
