import type { ScoreDoc } from "@mirubato/schema";
import { useCallback, useEffect, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { useDocument } from "../../db/use-document";
import { loadScoreFile, type ScoreFileErrorCode } from "../score-files/score-file-cache";
import { openPageSource, type PageSource } from "./page-source";

export type ScorePages =
  | { readonly status: "loading" }
  | { readonly status: "missing" }
  | { readonly status: "no_file"; readonly score: DeepReadonly<ScoreDoc> }
  | {
      readonly status: "failed";
      readonly code: ScoreFileErrorCode | "unreadable";
      readonly retry: () => void;
    }
  | { readonly status: "ready"; readonly score: DeepReadonly<ScoreDoc>; readonly source: PageSource };

type FileState =
  | { readonly status: "loading"; readonly fileId: string }
  | { readonly status: "failed"; readonly fileId: string; readonly code: ScoreFileErrorCode | "unreadable" }
  | { readonly status: "ready"; readonly fileId: string; readonly source: PageSource };

/** The score's document and its pages, opened from this device's cache or the Scores worker. */
export function useScorePages(scoreId: string): ScorePages {
  const { document: score, isLoading } = useDocument("scores", scoreId);
  const fileId = score?.fileId;
  const [file, setFile] = useState<FileState>();
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  useEffect(() => {
    if (fileId === undefined) return;
    let isCurrent = true;
    let opened: PageSource | undefined;
    setFile({ status: "loading", fileId });
    void (async () => {
      const loaded = await loadScoreFile(fileId);
      if (!isCurrent) return;
      if (!loaded.ok) {
        setFile({ status: "failed", fileId, code: loaded.code });
        return;
      }
      try {
        opened = await openPageSource(loaded.file);
      } catch {
        // pdf.js could not parse it (or the browser could not decode the image): say so, keep the app.
        if (isCurrent) setFile({ status: "failed", fileId, code: "unreadable" });
        return;
      }
      if (isCurrent) setFile({ status: "ready", fileId, source: opened });
      else opened.destroy();
    })();
    return () => {
      isCurrent = false;
      opened?.destroy();
    };
  }, [fileId, attempt]);
  if (isLoading) return { status: "loading" };
  if (score === undefined) return { status: "missing" };
  if (fileId === undefined) return { status: "no_file", score };
  if (file === undefined || file.fileId !== fileId || file.status === "loading") return { status: "loading" };
  if (file.status === "failed") return { status: "failed", code: file.code, retry };
  return { status: "ready", score, source: file.source };
}
