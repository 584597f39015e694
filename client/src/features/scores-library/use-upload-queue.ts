import { uuidv7 } from "@mirubato/schema";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { ApiError } from "../../api/api-error";
import { deleteScoreFile, getScoreFile, importScoreFromUrl, uploadScoreFile } from "../../api/scores-client";
import { checkFiles } from "./upload-checks";
import { failureFromError, isRetryable, type UploadFailure } from "./upload-failure";
import { pollDelayMs, reduceUploads, type UploadItem } from "./upload-queue";

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
  const uploads = useRef(new Map<string, AbortController>());
  const polls = useRef(new Map<string, Poll>());

  const waiting = useRef<{ readonly id: string; readonly file: File }[]>([]);

  // A few files at a time: fifty PDFs dropped at once share the connection instead of all
  // crawling, and the first ones reach review early. The rest wait at 0 %.
  const pumpUploads = useCallback(function pump() {
    while (uploads.current.size < maxConcurrentUploads) {
      const next = waiting.current.shift();
      if (next === undefined) return;
      const { id, file } = next;
      const controller = new AbortController();
      uploads.current.set(id, controller);
      uploadScoreFile(file, {
        signal: controller.signal,
        onProgress: (progress) => dispatch({ type: "progressed", id, ...progress }),
      })
        .then(
          (record) => dispatch({ type: "uploaded", id, record }),
          (error: unknown) => {
            if (!controller.signal.aborted)
              dispatch({ type: "uploadFailed", id, failure: failureFromError(error) });
          },
        )
        .finally(() => {
          uploads.current.delete(id);
          pump();
        });
    }
  }, []);

  const startUpload = useCallback(
    (id: string, file: File) => {
      waiting.current.push({ id, file });
      pumpUploads();
    },
    [pumpUploads],
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
    const activeUploads = uploads.current;
    const activePolls = polls.current;
    const waitingUploads = waiting.current;
    return () => {
      // Emptied first: an aborted upload's end would otherwise start the next one.
      waitingUploads.length = 0;
      for (const controller of activeUploads.values()) controller.abort();
      for (const poll of activePolls.values()) clearTimeout(poll.timer);
      activePolls.clear();
    };
  }, []);

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
      const waitingIndex = waiting.current.findIndex((entry) => entry.id === item.id);
      if (waitingIndex >= 0) waiting.current.splice(waitingIndex, 1);
      uploads.current.get(item.id)?.abort();
      complete(item.id);
      const fileId =
        item.phase === "uploading" ? undefined : item.phase === "failed" ? item.record?.id : item.record.id;
      if (fileId === undefined) return;
      deleteScoreFile(fetch, fileId).catch((error: unknown) => {
        // An unreviewed file is only storage; one left behind offline is harmless and not shown.
        if (!(error instanceof ApiError)) throw error;
      });
    },
    [complete],
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
