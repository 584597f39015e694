import type { ScoreFileRecord } from "@mirubato/schema";

/**
 * A Scores worker file record for tests: a pending PDF unless told otherwise.
 *
 * @example
 * const processed = scoreFileRecord({ processingStatus: "processed", pageCount: 3 });
 */
export function scoreFileRecord(overrides: Partial<ScoreFileRecord> = {}): ScoreFileRecord {
  return {
    id: "file-1",
    contentType: "application/pdf",
    sizeBytes: 2048,
    sha256: "a".repeat(64),
    processingStatus: "pending",
    pageCount: null,
    failureCode: null,
    suggestions: null,
    createdAt: "2026-12-07T10:00:00.000Z",
    processedAt: null,
    ...overrides,
  };
}
