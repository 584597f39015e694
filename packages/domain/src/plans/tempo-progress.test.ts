import { expect, test } from "vitest";
import { createTestOccurrence, createTestPlan } from "./plan-test-docs";
import { computeTempoProgress } from "./tempo-progress";

test("lists the tempos reached in date order and the share of the way to the target", () => {
  const plan = createTestPlan();
  const segmentId = plan.segments[0]?.id ?? "";
  const occurrences = [
    createTestOccurrence(plan, "2026-03-09", { segmentTempos: [{ segmentId, tempoBpm: 100 }] }),
    createTestOccurrence(plan, "2026-03-02", { segmentTempos: [{ segmentId, tempoBpm: 88 }] }),
    createTestOccurrence(plan, "2026-03-16"),
  ];
  expect(computeTempoProgress(plan.segments, occurrences)).toEqual([
    {
      segmentId,
      startTempoBpm: 80,
      targetTempoBpm: 120,
      points: [
        { localDate: "2026-03-02", tempoBpm: 88 },
        { localDate: "2026-03-09", tempoBpm: 100 },
      ],
      latestTempoBpm: 100,
      fraction: 0.5,
    },
  ]);
});

test("clamps past the target and leaves out segments with no tempo at all", () => {
  const plan = createTestPlan();
  const [tempoSegment] = plan.segments;
  if (tempoSegment === undefined) throw new Error("the test plan has a segment");
  const plain = { ...tempoSegment, id: "01955b3a-6c00-7000-9000-0000000000ff", tempoTargets: [] };
  const { startTempoBpm: _start, ...noStart } = plain;
  const occurrences = [
    createTestOccurrence(plan, "2026-03-02", {
      segmentTempos: [{ segmentId: tempoSegment.id, tempoBpm: 130 }],
    }),
  ];
  const progress = computeTempoProgress([tempoSegment, noStart], occurrences);
  expect(progress.map((segment) => [segment.segmentId, segment.fraction])).toEqual([[tempoSegment.id, 1]]);
});

test("without a start tempo there is no fraction, but the readings still show", () => {
  const plan = createTestPlan();
  const [segment] = plan.segments;
  if (segment === undefined) throw new Error("the test plan has a segment");
  const { startTempoBpm: _start, ...noStart } = segment;
  const occurrences = [
    createTestOccurrence(plan, "2026-03-02", { segmentTempos: [{ segmentId: segment.id, tempoBpm: 90 }] }),
  ];
  expect(computeTempoProgress([noStart], occurrences)[0]).toMatchObject({
    latestTempoBpm: 90,
    fraction: undefined,
  });
});
