/** Valid plan and occurrence documents for this folder's tests; defaults keep each test to its point. */
import {
  fixtureDocument,
  type PlanOccurrenceContent,
  type PlanOccurrenceDoc,
  type PracticePlanContent,
  type PracticePlanDoc,
} from "@mirubato/schema";
import { createTestId } from "../practice/testing/practice-test-docs";
import { getPlanOccurrenceId } from "./occurrence-id";
import { getOccurrenceWindow } from "./occurrence-window";
import type { RecurringSchedule } from "./schedule-dates";

export const mondays: RecurringSchedule = {
  kind: "recurring",
  frequency: "weekly",
  interval: 1,
  daysOfWeek: [1],
  startDate: "2026-03-02",
  startTime: "07:30",
};

export function createTestPlan(
  content: Partial<PracticePlanContent> = {},
  id = createTestId(),
): PracticePlanDoc {
  return fixtureDocument(id, {
    title: "Warm-up",
    description: "",
    timeZone: "Europe/Berlin",
    schedule: mondays,
    segments: [
      {
        id: createTestId(),
        label: "Scales",
        minutes: 15,
        pieceIds: [],
        techniques: ["scales"],
        tempoTargets: [{ tempoBpm: 120 }],
        startTempoBpm: 80,
      },
    ],
    reflectionPrompts: [],
    status: "active",
    ...content,
  });
}

export function createTestOccurrence(
  plan: PracticePlanDoc,
  localDate: string,
  content: Partial<PlanOccurrenceContent> = {},
): PlanOccurrenceDoc {
  return fixtureDocument(getPlanOccurrenceId(plan.id, localDate), {
    planId: plan.id,
    localDate,
    ...getOccurrenceWindow(plan, localDate),
    status: "completed",
    checkInResponses: [],
    ...content,
  });
}
