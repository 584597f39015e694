import { expect, test } from "vitest";
import { createPushLane } from "./push-lane";

test("the push lane runs tasks one at a time, in call order, past failures", async () => {
  const lane = createPushLane();
  const log: string[] = [];
  let running = 0;
  const task = (name: string, fails = false) =>
    lane(async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`end ${name}`);
      running -= 1;
      if (fails) throw new Error(name);
      return name;
    });
  const results = await Promise.allSettled([task("a"), task("b", true), task("c")]);
  expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
});
