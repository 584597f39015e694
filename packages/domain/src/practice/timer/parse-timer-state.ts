import type { TimerSegment, TimerState } from "./timer-state";

function readSegment(value: unknown): TimerSegment | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const startMs: unknown = Reflect.get(value, "startMs");
  const endMs: unknown = Reflect.get(value, "endMs");
  if (!Number.isFinite(startMs) || typeof startMs !== "number") return undefined;
  if (endMs === undefined) return { startMs };
  if (typeof endMs !== "number" || !Number.isFinite(endMs) || endMs < startMs) return undefined;
  return { startMs, endMs };
}

/**
 * Reads a timer state saved as JSON (local storage survives reloads but may hold an old or damaged
 * value). Undefined when the value is not a consistent state: only the last segment of a running
 * timer may be open.
 *
 * @example
 * parseTimerState(JSON.parse(localStorage.getItem("timer") ?? "null")) ?? createIdleTimer();
 */
export function parseTimerState(value: unknown): TimerState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const status: unknown = Reflect.get(value, "status");
  if (status === "idle") return { status };
  if (status !== "running" && status !== "paused" && status !== "stopped") return undefined;
  const startedAtMs: unknown = Reflect.get(value, "startedAtMs");
  const rawSegments: unknown = Reflect.get(value, "segments");
  if (typeof startedAtMs !== "number" || !Number.isFinite(startedAtMs) || !Array.isArray(rawSegments))
    return undefined;
  const segments: TimerSegment[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    const segment = readSegment(raw);
    const mayBeOpen = status === "running" && index === rawSegments.length - 1;
    if (segment === undefined || (segment.endMs === undefined && !mayBeOpen)) return undefined;
    segments.push(segment);
  }
  if (status === "running" && segments.at(-1)?.endMs !== undefined) return undefined;
  return { status, startedAtMs, segments };
}
