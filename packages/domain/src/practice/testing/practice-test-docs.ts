/**
 * Valid documents for the practice tests. Ids are real UUIDv7 values so the same documents pass
 * the import validation; content defaults keep each test down to what it is about.
 */
import {
  fixtureDocument,
  type GoalContent,
  type GoalDoc,
  type PieceContent,
  type PieceDoc,
  type PracticeEntryContent,
  type PracticeEntryDoc,
} from "@mirubato/schema";

let counter = 0;

/** A fresh UUIDv7-shaped id; `n` picks a stable one. */
export function createTestId(n = ++counter): string {
  return `01955b3a-6c00-7000-9000-${n.toString(16).padStart(12, "0")}`;
}

export function createTestEntry(
  content: Partial<PracticeEntryContent> = {},
  id = createTestId(),
): PracticeEntryDoc {
  const localDate = content.localDate ?? "2026-03-02";
  return fixtureDocument(id, {
    startedAt: `${localDate}T10:00:00.000Z`,
    localDate,
    timeZone: "UTC",
    durationSec: 1800,
    type: "practice",
    instrument: "piano",
    pieces: [],
    techniques: [],
    notes: "",
    tags: [],
    goalIds: [],
    source: "manual",
    ...content,
  } satisfies PracticeEntryContent);
}

export function createTestPiece(content: Partial<PieceContent> = {}, id = createTestId()): PieceDoc {
  return fixtureDocument(id, {
    title: "Untitled",
    instrument: "piano",
    status: "learning",
    statusHistory: [],
    notes: "",
    links: [],
    scoreIds: [],
    ...content,
  } satisfies PieceContent);
}

export function createTestGoal(content: Partial<GoalContent> = {}, id = createTestId()): GoalDoc {
  return fixtureDocument(id, {
    title: "Practise daily",
    kind: "practice_time",
    targetValue: 30,
    targetUnit: "minutes",
    period: "day",
    status: "active",
    milestones: [],
    ...content,
  } satisfies GoalContent);
}
