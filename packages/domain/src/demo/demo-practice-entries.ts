import type { PracticeEntryContent, PracticeEntryDoc, PracticeType } from "@mirubato/schema";
import { addDays, dayOfWeek, localOffsetMs, localTimeToInstantMs } from "./demo-calendar";
import { demoId } from "./demo-id";
import {
  type DemoPiece,
  demoEntryNotes,
  demoMoods,
  demoPieces,
  demoTags,
  demoTechniques,
} from "./demo-repertoire";
import { type DemoRange, demoDocument, statusOn } from "./demo-stamping";
import { createSeededRandom, type SeededRandom } from "./seeded-random";

/**
 * A practice rhythm that looks lived-in: most days, fewer on weekdays, longer sessions at the
 * weekend, a weekly lesson on Thursdays, a few breaks (holidays, a cold), and sessions that grow
 * by about half over the range as the musician gets into it. Each day draws from its own seeded
 * random stream, so one day's entries do not depend on how many the others have.
 */
export interface EntryOptions extends DemoRange {
  /** When set, exactly round(days × entriesPerDay) entries spread over the practice days. */
  entriesPerDay?: number | undefined;
  dailyGoalId: string;
  /** Piece ids by `DemoPiece.key`. */
  pieceIds: ReadonlyMap<string, string>;
}

const WEEKDAY_PRACTICE_CHANCE = 0.72;
const WEEKEND_PRACTICE_CHANCE = 0.86;
const BREAK_PRACTICE_CHANCE = 0.1;
const LESSON_DAY = 4;

export function generatePracticeEntries(options: EntryOptions): PracticeEntryDoc[] {
  const counts = sessionCounts(options);
  const entries: PracticeEntryDoc[] = [];
  counts.forEach((count, dayIndex) => {
    if (count > 0) entries.push(...entriesOfDay(options, dayIndex, count));
  });
  return entries;
}

function breakDays(options: EntryOptions): Set<number> {
  const random = createSeededRandom(`${options.seed}|breaks`);
  const days = new Set<number>();
  const breakCount = Math.max(1, Math.round((options.days / 365) * 3));
  for (let index = 0; index < breakCount; index += 1) {
    const start = random.int(0, Math.max(0, options.days - 10));
    const length = random.int(4, 10);
    for (let day = start; day < start + length; day += 1) days.add(day);
  }
  return days;
}

function sessionCounts(options: EntryOptions): number[] {
  const breaks = breakDays(options);
  const natural = Array.from({ length: options.days }, (_, dayIndex) => {
    const date = addDays(options.startDate, dayIndex);
    const random = createSeededRandom(`${options.seed}|count|${date}`);
    const weekday = dayOfWeek(date);
    const isWeekend = weekday === 0 || weekday === 6;
    if (breaks.has(dayIndex)) return random.chance(BREAK_PRACTICE_CHANCE) ? 1 : 0;
    if (weekday === LESSON_DAY && random.chance(0.9)) return random.chance(0.3) ? 2 : 1;
    if (!random.chance(isWeekend ? WEEKEND_PRACTICE_CHANCE : WEEKDAY_PRACTICE_CHANCE)) return 0;
    const roll = random.next();
    return roll < 0.78 ? 1 : roll < 0.97 ? 2 : 3;
  });
  if (options.entriesPerDay === undefined) return natural;
  return spreadExactly(natural, Math.round(options.days * options.entriesPerDay), options.seed);
}

/** Spreads `total` entries over the days that have any, evenly, the remainder to random days. */
function spreadExactly(natural: number[], total: number, seed: string): number[] {
  const practiceDays = natural.flatMap((count, dayIndex) => (count > 0 ? [dayIndex] : []));
  const counts = natural.map(() => 0);
  if (practiceDays.length === 0) return counts;
  const base = Math.floor(total / practiceDays.length);
  const extra = new Set(
    createSeededRandom(`${seed}|spread`).sample(practiceDays, total % practiceDays.length),
  );
  for (const dayIndex of practiceDays) counts[dayIndex] = base + (extra.has(dayIndex) ? 1 : 0);
  return counts;
}

function entriesOfDay(options: EntryOptions, dayIndex: number, count: number): PracticeEntryDoc[] {
  const date = addDays(options.startDate, dayIndex);
  const random = createSeededRandom(`${options.seed}|day|${date}`);
  const weekday = dayOfWeek(date);
  const isWeekend = weekday === 0 || weekday === 6;
  const offsetMs = localOffsetMs(date, options.timeZone);
  const growth = 0.75 + (0.5 * dayIndex) / Math.max(1, options.days - 1);
  const active = demoPieces.filter((piece) => isPlayable(statusOn(piece, dayIndex, options.days)));
  // Sessions share 07:00–21:00; the last one is Thursday's lesson (usually 17:30 or later).
  const spacing = Math.floor((14 * 60) / count);
  const entries: PracticeEntryDoc[] = [];
  for (let slot = 0; slot < count; slot += 1) {
    const type = typeOf(random, weekday, isWeekend, slot === count - 1);
    const slotStart =
      count === 1 || type === "lesson"
        ? singleSessionStart(random, isWeekend, type)
        : 7 * 60 + slot * spacing;
    const startMinute = slotStart + random.int(0, Math.min(20, Math.floor(spacing / 4)));
    let minutes = sessionMinutes(random, type, isWeekend, growth);
    if (count > 1 && type !== "lesson")
      minutes = Math.max(5, Math.min(minutes, spacing - 10, Math.round(minutes * 0.7)));
    const isTimer = type !== "lesson" && random.chance(0.72);
    const durationSec = isTimer
      ? minutes * 60 + random.int(0, 59)
      : Math.max(5, Math.round(minutes / 5) * 5) * 60;
    const startedAtMs = localTimeToInstantMs(date, startMinute, offsetMs);
    const content: PracticeEntryContent = {
      startedAt: new Date(startedAtMs).toISOString(),
      localDate: date,
      timeZone: options.timeZone,
      durationSec,
      type,
      instrument: "piano",
      pieces: practisedPieces(random, type, active, dayIndex, options),
      techniques:
        type === "technique"
          ? random.sample(demoTechniques, random.int(2, 3))
          : random.chance(0.45)
            ? random.sample(demoTechniques, random.int(1, 2))
            : [],
      notes:
        type === "lesson" ? "Teacher: more shape in the phrases, less pedal." : random.pick(demoEntryNotes),
      tags: random.chance(0.4) ? random.sample(demoTags, random.int(1, 2)) : [],
      goalIds: random.chance(0.3) ? [options.dailyGoalId] : [],
      source: isTimer ? "timer" : "manual",
      ...(random.chance(0.85) ? { mood: random.pick(demoMoods) } : {}),
    };
    const savedAtMs = startedAtMs + durationSec * 1000;
    entries.push(demoDocument(content, demoId(options.seed, `entry:${date}:${slot}`, savedAtMs), savedAtMs));
  }
  return entries;
}

function isPlayable(status: string | undefined): boolean {
  return status === "learning" || status === "polished" || status === "performance_ready";
}

function typeOf(random: SeededRandom, weekday: number, isWeekend: boolean, isLast: boolean): PracticeType {
  if (isLast && weekday === LESSON_DAY) return "lesson";
  if (isLast && isWeekend && random.chance(0.03)) return "performance";
  if (random.chance(0.04)) return "rehearsal";
  return random.chance(0.14) ? "technique" : "practice";
}

function singleSessionStart(random: SeededRandom, isWeekend: boolean, type: PracticeType): number {
  if (type === "lesson") return 17 * 60 + 30;
  if (isWeekend) return 10 * 60 + random.int(0, 300);
  return random.chance(0.3) ? 7 * 60 + random.int(0, 40) : 18 * 60 + random.int(0, 150);
}

function sessionMinutes(
  random: SeededRandom,
  type: PracticeType,
  isWeekend: boolean,
  growth: number,
): number {
  if (type === "lesson") return 45;
  if (type === "performance") return random.int(10, 25);
  if (type === "technique") return Math.round(random.int(15, 30) * growth);
  return Math.round((isWeekend ? random.int(40, 100) : random.int(20, 55)) * growth);
}

function practisedPieces(
  random: SeededRandom,
  type: PracticeType,
  active: readonly DemoPiece[],
  dayIndex: number,
  options: EntryOptions,
): PracticeEntryContent["pieces"] {
  if (active.length === 0) return [];
  const count = type === "technique" ? random.int(0, 1) : random.int(1, Math.min(3, active.length));
  return random.sample(active, count).map((piece) => {
    const pieceId = options.pieceIds.get(piece.key);
    if (pieceId === undefined) throw new Error(`no id for piece ${piece.key}`);
    if (!random.chance(0.4)) return { pieceId };
    const status = statusOn(piece, dayIndex, options.days);
    const reach =
      status === "learning"
        ? 0.6 + random.next() * 0.25
        : status === "polished"
          ? 0.85 + random.next() * 0.12
          : 1;
    return { pieceId, tempoBpm: Math.max(10, Math.round(piece.targetTempoBpm * reach)) };
  });
}
