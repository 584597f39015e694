/**
 * A score's pages as something that paints into canvases, whatever the file: a PDF through
 * pdf.js (imported here only, so it loads with the reader route and never with the app shell), or
 * an image as a one-page score.
 */
import type { ScoreFile } from "../score-files/score-file-cache";

export interface PageSource {
  readonly pageCount: number;
  /** Height / width of the first page, known at open; the others as they are rendered. */
  aspectOf(pageIndex: number): number;
  /** Paints a page into a new canvas of `cssWidth` CSS pixels (times the device pixel ratio). */
  render(pageIndex: number, cssWidth: number, pixelRatio: number): Promise<HTMLCanvasElement>;
  destroy(): void;
}

function canvasFor(cssWidth: number, aspect: number, pixelRatio: number): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(cssWidth * pixelRatio));
  canvas.height = Math.max(1, Math.round(cssWidth * aspect * pixelRatio));
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${cssWidth * aspect}px`;
  return canvas;
}

async function openImage(file: ScoreFile): Promise<PageSource> {
  const bitmap = await createImageBitmap(new Blob([file.bytes], { type: file.contentType }));
  const aspect = bitmap.height / bitmap.width;
  return {
    pageCount: 1,
    aspectOf: () => aspect,
    async render(_pageIndex, cssWidth, pixelRatio) {
      const canvas = canvasFor(cssWidth, aspect, pixelRatio);
      const context = canvas.getContext("2d");
      context?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return canvas;
    },
    destroy: () => bitmap.close(),
  };
}

async function openPdf(file: ScoreFile): Promise<PageSource> {
  const [pdfjs, worker] = await Promise.all([
    import("pdfjs-dist"),
    import("pdfjs-dist/build/pdf.worker.min.mjs?url"),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // The app's CSP has no 'unsafe-eval': pdf.js must not try to compile fonts with new Function.
  const document = await pdfjs.getDocument({ data: new Uint8Array(file.bytes), isEvalSupported: false })
    .promise;
  const aspects = new Map<number, number>();
  const first = await document.getPage(1);
  const firstViewport = first.getViewport({ scale: 1 });
  aspects.set(0, firstViewport.height / firstViewport.width);
  return {
    pageCount: document.numPages,
    aspectOf: (pageIndex) => aspects.get(pageIndex) ?? aspects.get(0) ?? Math.SQRT2,
    async render(pageIndex, cssWidth, pixelRatio) {
      const page = await document.getPage(pageIndex + 1);
      const unscaled = page.getViewport({ scale: 1 });
      const aspect = unscaled.height / unscaled.width;
      aspects.set(pageIndex, aspect);
      const canvas = canvasFor(cssWidth, aspect, pixelRatio);
      const viewport = page.getViewport({ scale: canvas.width / unscaled.width });
      await page.render({ canvas, viewport }).promise;
      return canvas;
    },
    destroy: () => void document.destroy(),
  };
}

export function openPageSource(file: ScoreFile): Promise<PageSource> {
  return file.contentType === "application/pdf" ? openPdf(file) : openImage(file);
}
