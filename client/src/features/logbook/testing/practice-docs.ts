/**
 * Valid entry and piece documents for the journal features' tests (the domain package keeps its
 * own test documents private). Ids are stable UUIDv7-shaped values from a counter.
 */
import {
  fixtureDocument,
  type PieceContent,
  type PieceDoc,
  type PracticeEntryContent,
  type PracticeEntryDoc,
} from "@mirubato/schema";

let counter = 0;

export function createTestDocId(n = ++counter): string {
  return `01955b3a-6c00-7000-9000-${n.toString(16).padStart(12, "0")}`;
}

export function createTestEntry(
  content: Partial<PracticeEntryContent> = {},
  options: { id?: string; isDeleted?: boolean } = {},
): PracticeEntryDoc {
  const localDate = content.localDate ?? "2026-03-02";
  const entry: PracticeEntryContent = {
    startedAt: `${localDate}T10:00:00.000Z`,
    localDate,
    timeZone: "UTC",
    durationSec: 600,
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
  return fixtureDocument(options.id ?? createTestDocId(), entry, { isDeleted: options.isDeleted ?? false });
}

export function createTestPiece(
  content: Partial<PieceContent> & { title: string },
  options: { id?: string; createdAt?: string } = {},
): PieceDoc {
  const piece: PieceContent = {
    instrument: "piano",
    status: "learning",
    statusHistory: [],
    notes: "",
    links: [],
    scoreIds: [],
    ...content,
  };
  return fixtureDocument(
    options.id ?? createTestDocId(),
    piece,
    options.createdAt === undefined ? {} : { at: options.createdAt },
  );
}
