/**
 * The upload queue's state machine, pure so every path is tested: a file is refused at once
 * (checks), or uploads with progress, then waits for processing (polled), then waits for the
 * musician's review. Only a reviewed file becomes a `scores` document (the hook writes it on
 * "saved"), so a failed file leaves nothing half-made behind.
 */
import type { ScoreFileRecord, ScoreSource } from "@mirubato/schema";
import type { FileCheck, ScoreFileKind } from "./upload-checks";
import { isRetryable, type UploadFailure } from "./upload-failure";

export type UploadPhase =
  | { readonly phase: "uploading"; readonly loadedBytes: number; readonly totalBytes: number }
  | { readonly phase: "processing"; readonly record: ScoreFileRecord }
  | { readonly phase: "ready"; readonly record: ScoreFileRecord }
  | { readonly phase: "failed"; readonly failure: UploadFailure; readonly record?: ScoreFileRecord };

export type UploadItem = {
  readonly id: string;
  readonly fileName: string;
  readonly source: ScoreSource;
} & UploadPhase;

export interface AddedFile {
  readonly id: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly check: FileCheck;
}

export type UploadEvent =
  | { readonly type: "added"; readonly files: readonly AddedFile[] }
  | {
      readonly type: "imported";
      readonly id: string;
      readonly fileName: string;
      readonly record: ScoreFileRecord;
    }
  | {
      readonly type: "progressed";
      readonly id: string;
      readonly loadedBytes: number;
      readonly totalBytes: number;
    }
  | { readonly type: "uploaded"; readonly id: string; readonly record: ScoreFileRecord }
  | { readonly type: "uploadFailed"; readonly id: string; readonly failure: UploadFailure }
  | { readonly type: "polled"; readonly id: string; readonly record: ScoreFileRecord }
  | { readonly type: "retried"; readonly id: string; readonly sizeBytes: number }
  | { readonly type: "removed"; readonly id: string };

const sourceOfKind: Readonly<Record<ScoreFileKind, ScoreSource>> = { pdf: "upload", image: "images" };

/** The phase a server record puts a file in. */
export function phaseOfRecord(record: ScoreFileRecord): UploadPhase {
  switch (record.processingStatus) {
    case "pending":
    case "processing":
      return { phase: "processing", record };
    case "processed":
      return { phase: "ready", record };
    case "failed":
      return {
        phase: "failed",
        record,
        failure: { kind: "processing", failureCode: record.failureCode ?? "processing_gave_up" },
      };
  }
}

function addedItem(file: AddedFile): UploadItem {
  const base = { id: file.id, fileName: file.fileName };
  if (!file.check.ok) {
    return {
      ...base,
      source: "upload",
      phase: "failed",
      failure: { kind: "check", reason: file.check.reason },
    };
  }
  return {
    ...base,
    source: sourceOfKind[file.check.kind],
    phase: "uploading",
    loadedBytes: 0,
    totalBytes: file.sizeBytes,
  };
}

function update(
  items: readonly UploadItem[],
  id: string,
  change: (item: UploadItem) => UploadItem | undefined,
): readonly UploadItem[] {
  let isChanged = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const changed = change(item);
    if (changed === undefined) return item;
    isChanged = true;
    return changed;
  });
  return isChanged ? next : items;
}

const keep = (item: UploadItem) => ({ id: item.id, fileName: item.fileName, source: item.source });

/**
 * The queue after an event. Events that do not fit the item's phase (a late progress event after
 * a failure, a poll answer after a dismissal) change nothing.
 *
 * @example
 * const next = reduceUploads(items, { type: "uploaded", id, record });
 */
export function reduceUploads(items: readonly UploadItem[], event: UploadEvent): readonly UploadItem[] {
  switch (event.type) {
    case "added":
      return [...items, ...event.files.map(addedItem)];
    case "imported":
      return [
        ...items,
        { id: event.id, fileName: event.fileName, source: "url", ...phaseOfRecord(event.record) },
      ];
    case "progressed":
      return update(items, event.id, (item) =>
        item.phase === "uploading"
          ? { ...item, loadedBytes: event.loadedBytes, totalBytes: event.totalBytes }
          : undefined,
      );
    case "uploaded":
      return update(items, event.id, (item) =>
        item.phase === "uploading" ? { ...keep(item), ...phaseOfRecord(event.record) } : undefined,
      );
    case "uploadFailed":
      return update(items, event.id, (item) =>
        item.phase === "uploading" || item.phase === "processing"
          ? { ...keep(item), phase: "failed", failure: event.failure }
          : undefined,
      );
    case "polled":
      return update(items, event.id, (item) =>
        item.phase === "processing" ? { ...keep(item), ...phaseOfRecord(event.record) } : undefined,
      );
    case "retried":
      return update(items, event.id, (item) =>
        item.phase === "failed" && isRetryable(item.failure)
          ? { ...keep(item), phase: "uploading", loadedBytes: 0, totalBytes: event.sizeBytes }
          : undefined,
      );
    case "removed":
      return items.filter((item) => item.id !== event.id);
  }
}

/** How long to wait before the next look at a file being processed: 1 s growing to 10 s. */
export function pollDelayMs(attempt: number): number {
  return Math.min(10_000, Math.round(1000 * 1.5 ** attempt));
}
