import { useEffect, useRef } from "react";
import { useRepository } from "../../db/database-context";

/** Long enough that flipping through a score writes once, short enough to survive closing the tab. */
const debounceMs = 800;

/**
 * Remembers where the musician is: `readingState.pageIndex` and `lastOpenedAt` on the score's
 * synced document, written once the page has settled (and when the reader closes), so every
 * device opens the score there next time.
 */
export function useReadingPosition(scoreId: string, pageIndex: number): void {
  const repository = useRepository();
  const pending = useRef<number | undefined>(undefined);
  const save = useRef<() => void>(() => {});
  save.current = () => {
    const page = pending.current;
    if (page === undefined || repository === undefined) return;
    pending.current = undefined;
    void repository.updateDocument("scores", scoreId, {
      readingState: { pageIndex: page },
      lastOpenedAt: new Date().toISOString(),
    });
  };
  useEffect(() => {
    pending.current = pageIndex;
    const timer = window.setTimeout(() => save.current(), debounceMs);
    return () => window.clearTimeout(timer);
  }, [pageIndex]);
  useEffect(() => {
    const flush = () => save.current();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, []);
}
