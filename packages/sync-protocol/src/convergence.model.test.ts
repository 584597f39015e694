import fc from "fast-check";
import { expect, test } from "vitest";
import { findDivergences, type ModelOp, type PiecePatch, runScenario } from "./convergence.model";

const hourMs = 3_600_000;
const device = fc.nat(3);

const patch: fc.Arbitrary<PiecePatch> = fc.oneof(
  fc.record({ title: fc.constantFrom("Prelude", "Fugue", "Étude", "Nocturne") }),
  fc.record({ notes: fc.constantFrom("", "slow hands", "pedal less", "♩ = 60") }),
  fc.record({ targetTempoBpm: fc.option(fc.integer({ min: 40, max: 43 }), { nil: undefined }) }),
  fc.record({ status: fc.constantFrom("learning", "polished", "dropped") }),
  fc.record({ _deleted: fc.boolean() }),
);

const op: fc.Arbitrary<ModelOp> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("create"), device, title: fc.constantFrom("Sonata", "Suite") }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("edit"), device, doc: fc.nat(5), patch }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("push"), device, batch: fc.integer({ min: 1, max: 3 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("pull"), device, limit: fc.integer({ min: 1, max: 3 }) }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("deliver"), request: fc.nat(20), isKept: fc.boolean() }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("respond"),
      device,
      isPush: fc.boolean(),
      isLost: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("partition"), device }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("poke"), device, isLost: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("advance"), ms: fc.integer({ min: 0, max: 20 * 60_000 }) }),
  },
);

// Skews up to ±3 h, beyond the HLC's 1 h drift clamp, so clamping is exercised too.
const scenario = fc.record({
  skewsMs: fc.array(fc.integer({ min: -3 * hourMs, max: 3 * hourMs }), { minLength: 2, maxLength: 4 }),
  ops: fc.array(op, { maxLength: 80 }),
});

test("after healing, every device equals the server and every field holds its greatest write", () => {
  fc.assert(
    fc.property(scenario, (generated) => {
      expect(findDivergences(runScenario(generated))).toEqual([]);
    }),
    // fast-check prints the seed and shrink path of a failure; replay with { seed, path }.
    { numRuns: 3000, verbose: 1 },
  );
}, 60_000);

test("a scripted offline edit race converges with both edits kept", () => {
  const result = runScenario({
    skewsMs: [0, 2 * hourMs],
    ops: [
      { kind: "create", device: 0, title: "Sonata" },
      { kind: "push", device: 0, batch: 1 },
      { kind: "deliver", request: 0, isKept: false },
      { kind: "respond", device: 0, isPush: true, isLost: false },
      { kind: "pull", device: 1, limit: 5 },
      { kind: "deliver", request: 0, isKept: false },
      { kind: "respond", device: 1, isPush: false, isLost: false },
      { kind: "edit", device: 0, doc: 0, patch: { notes: "slow hands" } },
      { kind: "edit", device: 1, doc: 0, patch: { title: "Sonata in A" } },
      { kind: "edit", device: 1, doc: 0, patch: { _deleted: true } },
      { kind: "edit", device: 0, doc: 0, patch: { targetTempoBpm: 42 } },
    ],
  });
  expect(findDivergences(result)).toEqual([]);
  expect(result.server).toHaveLength(1);
  expect(result.server[0]).toMatchObject({ notes: "slow hands", title: "Sonata in A", targetTempoBpm: 42 });
});
