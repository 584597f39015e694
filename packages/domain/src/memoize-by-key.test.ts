import { expect, test } from "vitest";
import { memoizeByKey } from "./memoize-by-key";

test("builds each key's value once and shares it", () => {
  const built: string[] = [];
  const lengthOf = memoizeByKey((key: string) => {
    built.push(key);
    return { length: key.length };
  });
  expect(lengthOf("piano")).toBe(lengthOf("piano"));
  expect(lengthOf("cello")).toEqual({ length: 5 });
  expect(built).toEqual(["piano", "cello"]);
});

test("keeps a value that is undefined instead of building it again", () => {
  let calls = 0;
  const nothing = memoizeByKey(() => {
    calls += 1;
    return undefined;
  });
  nothing("a");
  nothing("a");
  expect(calls).toBe(1);
});
