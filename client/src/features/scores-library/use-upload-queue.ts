import { uuidv7 } from "@mirubato/schema";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { ApiError } from "../../api/api-error";
import { deleteScoreFile, getScoreFile, importScoreFromUrl, uploadScoreFile } from "../../api/scores-client";
import { checkFiles } from "./upload-checks";
import { failureFromError, isRetryable, type UploadFailure } from "./upload-failure";
import { pollDelayMs, reduceUploads, type UploadItem } from "./upload-queue";
import { createUploadScheduler } from "./upload-scheduler";

/** An item as the list shows it: whether "Retry" can send its file again. */
export type QueuedUpload = UploadItem & { readonly canRetry: boolean };

const maxConcurrentUploads = 3;

interface Poll {
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * The library's uploads: sends each file with progress, then polls its record with backoff while
 * it is processed, until it is ready for review or failed. Leaving the page aborts the uploads and
 * stops the polling; a file's record that was dismissed is deleted on the server, so nothing
 * half-made is left.
 */
export function useUploadQueue() {
  const [items, dispatch] = useReducer(reduceUploads, []);
  const files = useRef(new Map<string, File>());
  const polls = useRef(new Map<string, Poll>());

  const [scheduler] = useState(() => createUploadScheduler(maxConcurrentUploads));

  const startUpload = useCallback(
    (id: string, file: File) => {
      scheduler.enqueue(id, (signal) =>
        uploadScoreFile(file, {
          signal,
          onProgress: (progress) => dispatch({ type: "progressed", id, ...progress }),
        }).then(
          (record) => dispatch({ type: "uploaded", id, record }),
          (error: unknown) => {
            if (!signal.aborted) dispatch({ type: "uploadFailed", id, failure: failureFromError(error) });
          },
        ),
      );
    },
    [scheduler],
  );

  const schedulePoll = useCallback((id: string, fileId: string, attempt: number) => {
    const timer = setTimeout(() => {
      getScoreFile(fetch, fileId).then(
        (record) => {
          if (!polls.current.has(id)) return;
          if (record.processingStatus === "pending" || record.processingStatus === "processing") {
            schedulePoll(id, fileId, attempt + 1);
          } else {
            polls.current.delete(id);
          }
          dispatch({ type: "polled", id, record });
        },
        (error: unknown) => {
          if (!polls.current.has(id)) return;
          // Offline or a server hiccup: processing goes on without us, so look again later.
          const isTransient =
            error instanceof ApiError && ["network", "internal", "service_unavailable"].includes(error.code);
          if (isTransient) {
            schedulePoll(id, fileId, attempt + 1);
            return;
          }
          polls.current.delete(id);
          dispatch({ type: "uploadFailed", id, failure: failureFromError(error) });
        },
      );
    }, pollDelayMs(attempt));
    polls.current.set(id, { timer });
  }, []);

  useEffect(() => {
    const processing = new Set<string>();
    for (const item of items) {
      if (item.phase !== "processing") continue;
      processing.add(item.id);
      if (!polls.current.has(item.id)) schedulePoll(item.id, item.record.id, 0);
    }
    for (const [id, poll] of polls.current) {
      if (processing.has(id)) continue;
      clearTimeout(poll.timer);
      polls.current.delete(id);
    }
  }, [items, schedulePoll]);

  useEffect(() => {
    const activePolls = polls.current;
    return () => {
      scheduler.clear();
      for (const poll of activePolls.values()) clearTimeout(poll.timer);
      activePolls.clear();
    };
  }, [scheduler]);

  const isUploading = items.some((item) => item.phase === "uploading");
  useEffect(() => {
    if (!isUploading) return;
    // Closing the tab mid-upload loses the upload: the browser asks first.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isUploading]);

  const addFiles = useCallback(
    (picked: readonly File[]) => {
      const checks = checkFiles(picked);
      const added = picked.map((file, index) => ({
        id: uuidv7(),
        fileName: file.name,
        sizeBytes: file.size,
        check: checks[index] ?? { ok: false as const, reason: "unsupported_type" as const },
      }));
      dispatch({ type: "added", files: added });
      added.forEach((entry, index) => {
        const file = picked[index];
        if (file === undefined || !entry.check.ok) return;
        files.current.set(entry.id, file);
        startUpload(entry.id, file);
      });
    },
    [startUpload],
  );

  const retry = useCallback(
    (id: string) => {
      const file = files.current.get(id);
      if (file === undefined) return;
      dispatch({ type: "retried", id, sizeBytes: file.size });
      startUpload(id, file);
    },
    [startUpload],
  );

  /** Takes a file out of the queue once its score is saved; its file stays on the server. */
  const complete = useCallback((id: string) => {
    files.current.delete(id);
    dispatch({ type: "removed", id });
  }, []);

  /** Gives up on a file: stops its upload or polling and deletes what reached the server. */
  const dismiss = useCallback(
    (item: UploadItem) => {
      scheduler.cancel(item.id);
      complete(item.id);
      const fileId =
        item.phase === "uploading" ? undefined : item.phase === "failed" ? item.record?.id : item.record.id;
      if (fileId === undefined) return;
      deleteScoreFile(fetch, fileId).catch((error: unknown) => {
        // An unreviewed file is only storage; one left behind offline is harmless and not shown.
        if (!(error instanceof ApiError)) throw error;
      });
    },
    [complete, scheduler],
  );

  /** Imports from a link; resolves to the failure to show, or undefined once it is queued. */
  const importUrl = useCallback(async (url: string): Promise<UploadFailure | undefined> => {
    try {
      const record = await importScoreFromUrl(fetch, url);
      dispatch({ type: "imported", id: uuidv7(), fileName: url, record });
      return undefined;
    } catch (error) {
      return failureFromError(error);
    }
  }, []);

  const queued: QueuedUpload[] = items.map((item) => ({
    ...item,
    canRetry: item.phase === "failed" && isRetryable(item.failure) && item.source !== "url",
  }));
  return { items: queued, addFiles, retry, dismiss, complete, importUrl };
}
