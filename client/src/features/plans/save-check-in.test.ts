import { createHlcClock, getPlanOccurrenceId, mergeDocuments } from "@mirubato/domain";
import { collectionFixtures, type PlanOccurrenceDoc } from "@mirubato/schema";
import { afterEach, expect, test } from "vitest";
import type { MirubatoDatabase } from "../../db/database-types";
import { createRepository, type Repository } from "../../db/repository";
import { createTestDatabase } from "../../db/testing/test-database";
import type { CheckInFields } from "./check-in-values";
import { saveOccurrenceCheckIn } from "./save-check-in";

const [plan] = collectionFixtures.practice_plans;
if (plan === undefined) throw new Error("plan fixtures are empty");
const segmentId = plan.segments[0]?.id ?? "";
const blank: CheckInFields = { status: "completed", note: "", segmentTempos: [], checkInResponses: [] };
const databases: MirubatoDatabase[] = [];

afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.remove()));
});

/** One device: its own database and clock, which starts `startMs` and moves on by the second. */
async function openDevice(deviceId: string, startMs: number): Promise<Repository> {
  const database = await createTestDatabase(["plan_occurrences"]);
  databases.push(database);
  let nowMs = startMs;
  const clock = createHlcClock({ deviceId, now: () => (nowMs += 1000) });
  return createRepository(database, clock);
}

function written(result: Awaited<ReturnType<typeof saveOccurrenceCheckIn>>): PlanOccurrenceDoc {
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

test("the first check-in creates the day's occurrence under its deterministic id, leaving blanks unwritten", async () => {
  const laptop = await openDevice("laptop", Date.parse("2026-03-02T08:00:00.000Z"));
  const fields = { ...blank, status: "partial" as const, segmentTempos: [{ segmentId, tempoBpm: 92 }] };
  const doc = written(
    await saveOccurrenceCheckIn(laptop, { plan, localDate: "2026-03-02", before: blank, fields }),
  );
  expect(doc.id).toBe(getPlanOccurrenceId(plan.id, "2026-03-02"));
  expect(doc).toMatchObject({
    planId: plan.id,
    localDate: "2026-03-02",
    status: "partial",
    scheduledStart: "2026-03-02T06:30:00.000Z",
  });
  expect(doc.note).toBeUndefined();
});

test("an edit writes only what changed, so a concurrent status from another device is not overwritten", async () => {
  const laptop = await openDevice("laptop", Date.parse("2026-03-02T08:00:00.000Z"));
  const partly = { ...blank, status: "partial" as const };
  const first = written(
    await saveOccurrenceCheckIn(laptop, { plan, localDate: "2026-03-02", before: blank, fields: partly }),
  );
  const noted = { ...partly, note: "Left hand only" };
  const second = written(
    await saveOccurrenceCheckIn(laptop, { plan, localDate: "2026-03-02", before: partly, fields: noted }),
  );
  expect(second.clocks.status).toBe(first.clocks.status);
  expect(second.clocks.note).not.toBeUndefined();
});

test("two devices checking in the same day offline converge into one document with both answers", async () => {
  const laptop = await openDevice("laptop", Date.parse("2026-03-02T08:00:00.000Z"));
  const phone = await openDevice("phone", Date.parse("2026-03-02T08:05:00.000Z"));
  const partly = {
    ...blank,
    status: "partial" as const,
    note: "Left hand only",
    segmentTempos: [{ segmentId, tempoBpm: 92 }],
  };
  const onLaptop = written(
    await saveOccurrenceCheckIn(laptop, { plan, localDate: "2026-03-02", before: blank, fields: partly }),
  );
  const onPhone = written(
    await saveOccurrenceCheckIn(phone, { plan, localDate: "2026-03-02", before: blank, fields: blank }),
  );
  expect(onPhone.id).toBe(onLaptop.id);
  const merged = mergeDocuments(onLaptop, onPhone);
  expect(mergeDocuments(onPhone, onLaptop)).toEqual(merged);
  expect(merged).toMatchObject({
    status: "completed",
    note: "Left hand only",
    segmentTempos: [{ segmentId, tempoBpm: 92 }],
  });
});
