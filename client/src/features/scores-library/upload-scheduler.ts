/**
 * Runs uploads a few at a time: fifty PDFs dropped at once share the connection instead of all
 * crawling, and the first ones reach review early. Plain TypeScript, so the order is tested
 * without a browser; the hook supplies what one upload does.
 */
export interface UploadScheduler {
  /** Queues a job; it starts at once if fewer than the limit are running. */
  enqueue(id: string, run: (signal: AbortSignal) => Promise<void>): void;
  /** Takes a job out: dropped if waiting, aborted if running. */
  cancel(id: string): void;
  /** Drops every waiting job and aborts the running ones (the page is leaving). */
  clear(): void;
}

/**
 * @example
 * const scheduler = createUploadScheduler(3);
 * scheduler.enqueue(id, (signal) => uploadScoreFile(file, { signal }).then(onDone));
 */
export function createUploadScheduler(maxRunning: number): UploadScheduler {
  const waiting: { id: string; run: (signal: AbortSignal) => Promise<void> }[] = [];
  const running = new Map<string, AbortController>();
  const pump = () => {
    while (running.size < maxRunning) {
      const next = waiting.shift();
      if (next === undefined) return;
      const controller = new AbortController();
      running.set(next.id, controller);
      // Jobs report their own outcome; one that throws is a bug, reported like an uncaught error
      // (the browser's console and onerror) while its place still goes to the next.
      void next
        .run(controller.signal)
        .catch((error: unknown) => {
          if (typeof reportError === "function") reportError(error);
        })
        .finally(() => {
          if (running.get(next.id) === controller) running.delete(next.id);
          pump();
        });
    }
  };
  return {
    enqueue(id, run) {
      waiting.push({ id, run });
      pump();
    },
    cancel(id) {
      const index = waiting.findIndex((job) => job.id === id);
      if (index >= 0) waiting.splice(index, 1);
      running.get(id)?.abort();
    },
    clear() {
      waiting.length = 0;
      for (const controller of running.values()) controller.abort();
    },
  };
}
