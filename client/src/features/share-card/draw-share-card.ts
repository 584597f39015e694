/**
 * Draws a share card (a 1080 × 1080 PNG) from its numbers: the period, the total, sessions and
 * days, the top pieces and a bar per day. Words arrive already translated and formatted, so this
 * module only lays out; it takes the 2D context's drawing subset, which tests fake.
 */
import type { ShareCardData } from "@mirubato/domain";

export const shareCardSizePx = 1080;

export type ShareCardCanvas = Pick<
  CanvasRenderingContext2D,
  | "fillStyle"
  | "font"
  | "textAlign"
  | "textBaseline"
  | "fillRect"
  | "fillText"
  | "measureText"
  | "beginPath"
  | "roundRect"
  | "fill"
>;

export interface ShareCardText {
  readonly appName: string;
  readonly periodLabel: string;
  readonly totalLabel: string;
  readonly total: string;
  readonly sessions: string;
  readonly piecesLabel: string;
  readonly noPieces: string;
  /** Each top piece as one line, e.g. "Nocturne in E-flat — Chopin · 1 hr 5 min". */
  readonly pieceLines: readonly string[];
  readonly footer: string;
}

const colors = {
  background: "#3f3794",
  panel: "#ffffff",
  text: "#1d1b2e",
  muted: "#565369",
  bar: "#4a3fb8",
  empty: "#e8e5fa",
};
const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif';
const padding = 72;

/** Shortens a line with an ellipsis until it fits the width. */
export function fitText(
  canvas: Pick<ShareCardCanvas, "measureText">,
  text: string,
  maxWidthPx: number,
): string {
  if (canvas.measureText(text).width <= maxWidthPx) return text;
  let fitted = text;
  while (fitted.length > 1 && canvas.measureText(`${fitted}…`).width > maxWidthPx)
    fitted = fitted.slice(0, -1);
  return `${fitted}…`;
}

function drawBars(
  canvas: ShareCardCanvas,
  bars: ShareCardData["dailyBars"],
  top: number,
  height: number,
): void {
  const width = shareCardSizePx - 2 * padding;
  const count = Math.max(1, bars.length);
  const slot = width / count;
  const barWidth = Math.max(1, slot * (count > 60 ? 1 : 0.7));
  const maxSec = Math.max(1, ...bars.map((bar) => bar.totalSec));
  bars.forEach((bar, index) => {
    const barHeight = bar.totalSec > 0 ? Math.max(4, (bar.totalSec / maxSec) * height) : 4;
    canvas.fillStyle = bar.totalSec > 0 ? colors.bar : colors.empty;
    canvas.fillRect(
      padding + index * slot + (slot - barWidth) / 2,
      top + height - barHeight,
      barWidth,
      barHeight,
    );
  });
}

/**
 * @example
 * drawShareCard(canvas.getContext("2d"), data, text);
 */
export function drawShareCard(canvas: ShareCardCanvas, data: ShareCardData, text: ShareCardText): void {
  const size = shareCardSizePx;
  const inner = size - 2 * padding;
  canvas.fillStyle = colors.background;
  canvas.fillRect(0, 0, size, size);
  canvas.fillStyle = colors.panel;
  canvas.beginPath();
  canvas.roundRect(36, 36, size - 72, size - 72, 36);
  canvas.fill();
  canvas.textAlign = "left";
  canvas.textBaseline = "alphabetic";
  canvas.fillStyle = colors.bar;
  canvas.font = `700 40px ${fontFamily}`;
  canvas.fillText(text.appName, padding, 130);
  canvas.fillStyle = colors.muted;
  canvas.font = `400 34px ${fontFamily}`;
  canvas.fillText(fitText(canvas, text.periodLabel, inner), padding, 185);
  canvas.font = `600 30px ${fontFamily}`;
  canvas.fillText(text.totalLabel, padding, 270);
  canvas.fillStyle = colors.text;
  canvas.font = `800 96px ${fontFamily}`;
  canvas.fillText(fitText(canvas, text.total, inner), padding, 370);
  canvas.fillStyle = colors.muted;
  canvas.font = `400 32px ${fontFamily}`;
  canvas.fillText(fitText(canvas, text.sessions, inner), padding, 425);
  canvas.fillStyle = colors.text;
  canvas.font = `700 32px ${fontFamily}`;
  canvas.fillText(text.piecesLabel, padding, 510);
  canvas.font = `400 30px ${fontFamily}`;
  const lines = text.pieceLines.length > 0 ? text.pieceLines : [text.noPieces];
  for (const [index, line] of lines.slice(0, 3).entries()) {
    canvas.fillText(fitText(canvas, line, inner), padding, 560 + index * 46);
  }
  drawBars(canvas, data.dailyBars, 720, 200);
  canvas.fillStyle = colors.muted;
  canvas.font = `400 26px ${fontFamily}`;
  canvas.fillText(text.footer, padding, 985);
}
