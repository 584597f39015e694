/**
 * Geometry of marks in page coordinates (0..1 of the page's width and height). Input is smoothed
 * without pressure (fingers and most styluses report none): an exponential moving average pulls
 * each point towards the pointer, which removes the jitter of touch digitisers, and points closer
 * than a minimum step are dropped so a slow hand does not fill the 2000-point limit.
 */
export type Point = [number, number];
/**
 * A point as stored marks hold it: RxDB's read-only view of a `[x, y]` tuple is a read-only
 * number array, so coordinates are read through `toPoint`.
 */
export type PointLike = readonly number[];

export const toPoint = (point: PointLike): Point => [point[0] ?? 0, point[1] ?? 0];

/** What the eraser needs of a mark; stored marks of every kind fit it. */
export type MarkShape =
  | { readonly kind: "stroke"; readonly points: readonly PointLike[]; readonly widthRatio: number }
  | { readonly kind: "text" | "stamp"; readonly x: number; readonly y: number };

/** Fewer points than the schema's 2000 per mark allows; a longer stroke is split. */
export const maxPointsPerMark = 2000;
/** How much of the way to the pointer each smoothed point moves (1 = no smoothing). */
const smoothingFactor = 0.5;
/** Points closer than this (page width fractions) add nothing visible. */
const minStep = 0.0015;

const clampUnit = (value: number) => Math.min(1, Math.max(0, value));

export function clampPoint(point: PointLike): Point {
  const [x, y] = toPoint(point);
  return [clampUnit(x), clampUnit(y)];
}

/** Appends a raw pointer position to a stroke, smoothed; returns the stroke unchanged if too close. */
export function addSmoothedPoint(points: readonly Point[], raw: PointLike): Point[] {
  const clamped = clampPoint(raw);
  const last = points.at(-1);
  if (last === undefined) return [clamped];
  const next: Point = [
    last[0] + (clamped[0] - last[0]) * smoothingFactor,
    last[1] + (clamped[1] - last[1]) * smoothingFactor,
  ];
  if (Math.hypot(next[0] - last[0], next[1] - last[1]) < minStep) return [...points];
  return [...points, next];
}

/** Ends a stroke at the pointer's true last position, so smoothing never shortens it. */
export function finishStroke(points: readonly Point[], raw: PointLike | undefined): Point[] {
  if (raw === undefined) return [...points];
  const end = clampPoint(raw);
  const last = points.at(-1);
  if (last !== undefined && Math.hypot(end[0] - last[0], end[1] - last[1]) < minStep) return [...points];
  return [...points, end];
}

/**
 * Splits a stroke into chunks of at most `maxPoints`; each chunk starts at the previous one's last
 * point, so the line drawn has no gap.
 */
export function splitStroke(points: readonly Point[], maxPoints = maxPointsPerMark): Point[][] {
  if (points.length <= maxPoints) return [[...points]];
  const chunks: Point[][] = [];
  for (let start = 0; start < points.length - 1; start += maxPoints - 1) {
    chunks.push(points.slice(start, start + maxPoints));
  }
  return chunks;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Whether the eraser at `p` (radius `radius`, both in page-width units; y is scaled by
 * `pageAspect` = height / width so distances are true on the page) touches a mark.
 */
export function hitsMark(mark: MarkShape, p: PointLike, radius: number, pageAspect: number): boolean {
  const scaled = (point: PointLike): Point => {
    const [x, y] = toPoint(point);
    return [x, y * pageAspect];
  };
  const at = scaled(p);
  if (mark.kind !== "stroke") {
    const [x, y] = scaled([mark.x, mark.y]);
    return Math.hypot(at[0] - x, at[1] - y) <= radius + 0.02;
  }
  const reach = radius + mark.widthRatio / 2;
  const points = mark.points.map(scaled);
  const first = points[0];
  if (points.length === 1 && first !== undefined)
    return Math.hypot(at[0] - first[0], at[1] - first[1]) <= reach;
  for (let index = 1; index < points.length; index++) {
    const a = points[index - 1];
    const b = points[index];
    if (a !== undefined && b !== undefined && distanceToSegment(at, a, b) <= reach) return true;
  }
  return false;
}

/** An SVG path through a stroke's points in a viewBox of width 1 and height `pageAspect`. */
export function strokePath(points: readonly PointLike[], pageAspect: number): string {
  const format = (value: number) => Number(value.toFixed(5));
  return points
    .map(toPoint)
    .map(([x, y], index) => `${index === 0 ? "M" : "L"}${format(x)} ${format(y * pageAspect)}`)
    .join("");
}

/**
 * The highlighter is a wide translucent stroke. The stroke schema has no opacity field, so a
 * width at or above this ratio is what marks a highlighter stroke; the pen's widths stay below.
 */
export const highlighterMinWidth = 0.015;
export const isHighlighterStroke = (widthRatio: number) => widthRatio >= highlighterMinWidth;
