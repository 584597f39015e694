import { decodedImageOf } from "./page-image";
import type { PageSource } from "./page-source";

/**
 * Rendered pages as decoded images (`page-image.ts`), kept so a turn to a pre-rendered page is a
 * swap of elements rather than a render. Keyed by page and width (a resize renders again); only the pages around the current
 * view are kept, since a 100-page score at tablet resolution would otherwise hold ~1 GB of pixels.
 */
export interface PageRenderCache {
  /** The page's image if it is ready, else starts rendering it and returns undefined. */
  get(pageIndex: number): HTMLImageElement | undefined;
  /** Renders these pages (first ones first) and drops every other one. */
  keepOnly(pageIndexes: readonly number[]): void;
  dispose(): void;
}

/** Long enough for the turn's frame to be painted, short next to the seconds a page is read. */
const aheadDelayMs = 150;

export function createPageRenderCache(
  source: PageSource,
  widthOf: (pageIndex: number) => number,
  pixelRatio: number,
  onReady: () => void,
  onFailed: (error: unknown) => void,
): PageRenderCache {
  const rendered = new Map<number, HTMLImageElement>();
  const failed = new Set<number>();
  const rendering = new Map<number, Promise<void>>();
  let isDisposed = false;
  let ahead: number | undefined;
  let queue: Promise<void> = Promise.resolve();

  const start = (pageIndex: number) => {
    if (rendered.has(pageIndex) || rendering.has(pageIndex) || failed.has(pageIndex)) return;
    if (pageIndex < 0 || pageIndex >= source.pageCount) return;
    // One render at a time: pdf.js shares one worker, and the page being looked at goes first.
    const job = queue.then(async () => {
      if (isDisposed || !rendering.has(pageIndex)) return;
      try {
        const canvas = await source.render(pageIndex, widthOf(pageIndex), pixelRatio);
        const image = await decodedImageOf(canvas);
        if (!isDisposed && rendering.has(pageIndex)) {
          rendered.set(pageIndex, image);
          onReady();
        }
      } catch (error) {
        // A broken page is reported once, not rendered again on every frame.
        failed.add(pageIndex);
        if (!isDisposed) onFailed(error);
      } finally {
        rendering.delete(pageIndex);
      }
    });
    rendering.set(pageIndex, job);
    queue = job.catch(() => undefined);
  };

  return {
    get(pageIndex) {
      const image = rendered.get(pageIndex);
      if (image === undefined) start(pageIndex);
      return image;
    },
    keepOnly(pageIndexes) {
      const kept = new Set(pageIndexes);
      for (const page of [...rendered.keys()]) if (!kept.has(page)) rendered.delete(page);
      for (const page of [...rendering.keys()]) if (!kept.has(page)) rendering.delete(page);
      // pdf.js paints on the main thread: rendering ahead right after a turn would hold back the
      // frame that shows the turn, so the neighbours start once that frame has gone out.
      window.clearTimeout(ahead);
      ahead = window.setTimeout(() => {
        for (const page of pageIndexes) start(page);
      }, aheadDelayMs);
    },
    dispose() {
      isDisposed = true;
      window.clearTimeout(ahead);
      rendered.clear();
      rendering.clear();
    },
  };
}
