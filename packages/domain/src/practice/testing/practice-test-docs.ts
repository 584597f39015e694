/**
 * Valid documents for the practice tests, here and in the client (exported as
 * `@mirubato/domain/testing`). Ids are real UUIDv7 values so the same documents pass the import
 * validation; content defaults keep each test down to what it is about.
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

/** The document around the content: a fresh id unless one is given, live unless deleted. */
export interface TestDocOptions {
  id?: string;
  /** When the document was created (and last updated); a fixed instant otherwise. */
  createdAt?: string;
  isDeleted?: boolean;
}

function testDocument<Content extends object>(content: Content, options: TestDocOptions) {
  return fixtureDocument(options.id ?? createTestId(), content, {
    isDeleted: options.isDeleted ?? false,
    ...(options.createdAt === undefined ? {} : { at: options.createdAt }),
  });
}

/** Valid practice entry content: a half-hour piano session on `localDate` (2026-03-02) at 10:00 UTC. */
export function testEntryContent(content: Partial<PracticeEntryContent> = {}): PracticeEntryContent {
  const localDate = content.localDate ?? "2026-03-02";
  return {
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
  };
}

/** Valid repertoire piece content: a piano piece being learned. */
export function testPieceContent(content: Partial<PieceContent> = {}): PieceContent {
  return {
    title: "Untitled",
    instrument: "piano",
    status: "learning",
    statusHistory: [],
    notes: "",
    links: [],
    scoreIds: [],
    ...content,
  };
}

/** Valid goal content: thirty minutes a day. */
export function testGoalContent(content: Partial<GoalContent> = {}): GoalContent {
  return {
    title: "Practise daily",
    kind: "practice_time",
    targetValue: 30,
    targetUnit: "minutes",
    period: "day",
    status: "active",
    milestones: [],
    ...content,
  };
}

export function createTestEntry(
  content: Partial<PracticeEntryContent> = {},
  options: TestDocOptions = {},
): PracticeEntryDoc {
  return testDocument(testEntryContent(content), options);
}

export function createTestPiece(content: Partial<PieceContent> = {}, options: TestDocOptions = {}): PieceDoc {
  return testDocument(testPieceContent(content), options);
}

export function createTestGoal(content: Partial<GoalContent> = {}, options: TestDocOptions = {}): GoalDoc {
  return testDocument(testGoalContent(content), options);
}
