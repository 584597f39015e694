import {
  type GoalContent,
  type GoalDoc,
  type PieceDoc,
  type PracticeEntryDoc,
  type SettingsDoc,
  settingsDocumentId,
} from "@mirubato/schema";
import { addDays, localOffsetMs, localTimeToInstantMs } from "./demo-calendar";
import { demoId } from "./demo-id";
import { generatePracticeEntries } from "./demo-practice-entries";
import { demoPieces } from "./demo-repertoire";
import { type DemoRange, dayIndexOf, demoDocument } from "./demo-stamping";

export interface DemoLibraryOptions extends DemoRange {
  /**
   * Exactly round(days × entriesPerDay) practice entries (for benchmarks); by default the
   * natural rhythm, about 330 entries on 250–320 days a year.
   */
  entriesPerDay?: number;
}

/** A demo account's synced documents, by collection name. */
export interface DemoLibrary {
  pieces: PieceDoc[];
  goals: GoalDoc[];
  settings: SettingsDoc[];
  practice_entries: PracticeEntryDoc[];
}

/**
 * A deterministic, realistic library for a demo pianist: repertoire with status histories, a
 * year (or any range) of practice entries, goals and settings — valid documents of
 * `@mirubato/schema`, stamped by the fixed `seed` device. Same options, same documents and ids.
 *
 * @example
 * const library = generateDemoLibrary({ seed: "demo", startDate: "2025-06-01", days: 365, timeZone: "Europe/Berlin" });
 * library.practice_entries.length; // ≈ 330
 */
export function generateDemoLibrary(options: DemoLibraryOptions): DemoLibrary {
  const at = (dayIndex: number, minuteOfDay: number) => {
    const date = addDays(options.startDate, dayIndex);
    return localTimeToInstantMs(date, minuteOfDay, localOffsetMs(date, options.timeZone));
  };
  const endMs = at(options.days - 1, 23 * 60);
  const pieces = generatePieces(options, at, endMs);
  const pieceIds = new Map(pieces.map(({ key, doc }) => [key, doc.id]));
  const goals = generateGoals(options, at, pieceIds);
  const dailyGoal = goals[0];
  if (dailyGoal === undefined) throw new Error("the demo has a daily goal");
  const startMs = at(0, 8 * 60);
  const settings: SettingsDoc = demoDocument(
    {
      language: "en",
      theme: "system" as const,
      primaryInstrument: "piano",
      customInstruments: ["harpsichord"],
      weekStartDay: 1,
      dailyGoalMinutes: 30,
      metronomePresets: [
        {
          id: demoId(options.seed, "preset:slow", startMs),
          name: "Slow practice",
          tempoBpm: 60,
          beatsPerBar: 4,
          subdivision: 2,
          isAccentOnFirstBeat: true,
        },
        {
          id: demoId(options.seed, "preset:waltz", startMs),
          name: "Waltz",
          tempoBpm: 132,
          beatsPerBar: 3,
          subdivision: 1,
          isAccentOnFirstBeat: true,
        },
      ],
    },
    settingsDocumentId,
    startMs,
  );
  return {
    pieces: pieces.map(({ doc }) => doc),
    goals,
    settings: [settings],
    practice_entries: generatePracticeEntries({ ...options, dailyGoalId: dailyGoal.id, pieceIds }),
  };
}

type InstantAt = (dayIndex: number, minuteOfDay: number) => number;

function generatePieces(options: DemoLibraryOptions, at: InstantAt, endMs: number) {
  return demoPieces.flatMap((piece) => {
    const changes = piece.timeline
      .map(([status, fraction]) => ({ status, ms: at(dayIndexOf(fraction, options.days), 19 * 60) }))
      .filter((change) => change.ms <= endMs);
    const first = changes[0];
    const last = changes.at(-1);
    if (first === undefined || last === undefined) return [];
    const content = {
      title: piece.title,
      composer: piece.composer,
      catalogue: piece.catalogue,
      instrument: "piano",
      status: last.status,
      statusHistory: changes.map((change) => ({
        status: change.status,
        changedAt: new Date(change.ms).toISOString(),
      })),
      difficulty: piece.difficulty,
      targetTempoBpm: piece.targetTempoBpm,
      notes: piece.notes,
      links: [],
      scoreIds: [],
    };
    const doc: PieceDoc = {
      ...demoDocument(content, demoId(options.seed, `piece:${piece.key}`, first.ms), last.ms),
      createdAt: new Date(first.ms).toISOString(),
    };
    return [{ key: piece.key, doc }];
  });
}

function generateGoals(
  options: DemoLibraryOptions,
  at: InstantAt,
  pieceIds: ReadonlyMap<string, string>,
): GoalDoc[] {
  const goal = (key: string, dayIndex: number, content: GoalContent): GoalDoc => {
    const ms = at(Math.max(0, dayIndex), 20 * 60);
    return demoDocument(content, demoId(options.seed, `goal:${key}`, ms), ms);
  };
  const milestone = (key: string, title: string, isDone: boolean) => ({
    id: demoId(options.seed, `milestone:${key}`, at(0, 20 * 60)),
    title,
    isDone,
  });
  const pathetique = pieceIds.get("op-13-ii");
  const clairDeLune = pieceIds.get("l-75-3");
  const base = { milestones: [], status: "active" as const };
  return [
    goal("daily-time", 0, {
      ...base,
      title: "Practise 30 minutes a day",
      kind: "practice_time",
      targetValue: 30,
      targetUnit: "minutes",
      period: "day",
    }),
    goal("weekly-sessions", 14, {
      ...base,
      title: "Five sessions a week",
      kind: "sessions",
      targetValue: 5,
      targetUnit: "sessions",
      period: "week",
    }),
    goal("pathetique", dayIndexOf(0.1, options.days), {
      title: "Pathétique slow movement ready to perform",
      kind: "piece_status",
      targetValue: 1,
      targetUnit: "count",
      targetStatus: "performance_ready",
      period: "until_date",
      targetDate: addDays(options.startDate, options.days + 60),
      status: "active",
      milestones: [
        milestone("pathetique-hs", "Hands separately at 40 bpm", true),
        milestone("pathetique-ht", "Hands together at 54 bpm", false),
      ],
      ...(pathetique === undefined ? {} : { pieceId: pathetique }),
    }),
    goal("clair-de-lune", dayIndexOf(0.5, options.days), {
      ...base,
      title: "Clair de lune at 66 bpm",
      kind: "tempo",
      targetValue: 66,
      targetUnit: "bpm",
      period: "until_date",
      targetDate: addDays(options.startDate, options.days + 120),
      ...(clairDeLune === undefined ? {} : { pieceId: clairDeLune }),
    }),
    goal("sight-reading", dayIndexOf(0.2, options.days), {
      ...base,
      title: "Sight-read one new piece a week",
      kind: "custom",
      targetValue: 1,
      targetUnit: "count",
      period: "week",
      status: "abandoned",
    }),
  ];
}
