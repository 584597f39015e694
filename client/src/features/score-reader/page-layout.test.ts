import { describe, expect, test } from "vitest";
import {
  buildViews,
  pageOfView,
  pagesAround,
  pagesOf,
  shouldAutoTwoUp,
  viewIndexOfPage,
} from "./page-layout";

describe("page layout", () => {
  test("single pages follow one another", () => {
    expect(buildViews(3, { isTwoUp: false, isHalfPage: false }).map(pageOfView)).toEqual([0, 1, 2]);
  });

  test("two-up pairs pages and leaves an odd last page alone", () => {
    const views = buildViews(5, { isTwoUp: true, isHalfPage: false });
    expect(views.map(pagesOf)).toEqual([[0, 1], [2, 3], [4]]);
    expect(viewIndexOfPage(views, 3)).toBe(1);
  });

  test("half-page turns put the next page's top above this page's bottom between full pages", () => {
    const views = buildViews(3, { isTwoUp: false, isHalfPage: true });
    expect(views).toEqual([
      { kind: "single", page: 0 },
      { kind: "half", top: 1, bottom: 0 },
      { kind: "single", page: 1 },
      { kind: "half", top: 2, bottom: 1 },
      { kind: "single", page: 2 },
    ]);
    expect(viewIndexOfPage(views, 2)).toBe(4);
    expect(views.map(pageOfView)).toEqual([0, 1, 1, 2, 2]);
  });

  test("a page beyond the score opens at the last view", () => {
    expect(viewIndexOfPage(buildViews(2, { isTwoUp: false, isHalfPage: false }), 9)).toBe(1);
  });

  test("pre-renders the pages of the neighbouring views, two ahead", () => {
    const views = buildViews(10, { isTwoUp: true, isHalfPage: false });
    expect(pagesAround(views, 2).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test("two pages fit side by side only in a wide viewport", () => {
    expect(shouldAutoTwoUp(1600, 900, 0.7)).toBe(true);
    expect(shouldAutoTwoUp(800, 1200, 0.7)).toBe(false);
  });
});
