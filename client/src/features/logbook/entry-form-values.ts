/**
 * The entry form as plain strings (what inputs hold) and the rules between it and a
 * `practice_entries` document: validation, and building the content to save. Pieces are either
 * repertoire pieces (by id) or new pieces typed into the form, created when the entry is saved.
 */

import { getLocalDate } from "@mirubato/domain";
import type { Mood, PracticeEntryContent, PracticeType } from "@mirubato/schema";
import { getLocalDateAndTime, toInstantMs } from "./local-time";

export type FormPiece =
  | { readonly kind: "existing"; readonly pieceId: string; readonly tempoBpm?: number | undefined }
  /** `isConfirmedNew`: the musician saw the probable-duplicate warning and kept it new. */
  | {
      readonly kind: "new";
      readonly key: string;
      readonly title: string;
      readonly composer: string;
      readonly isConfirmedNew: boolean;
    };

export interface EntryFormValues {
  readonly localDate: string;
  readonly startTime: string;
  readonly durationMinutes: string;
  readonly type: PracticeType;
  readonly instrument: string;
  readonly pieces: readonly FormPiece[];
  readonly techniques: string;
  readonly mood: Mood | "";
  readonly notes: string;
  readonly tags: string;
}

/** What the form keeps from the entry it edits (or the timer) without showing it. */
export interface EntryFormBase {
  readonly timeZone: string;
  readonly source: PracticeEntryContent["source"];
  readonly durationSec?: number;
  readonly goalIds: readonly string[];
  readonly planOccurrenceId?: string;
}

export type EntryFormField = "localDate" | "startTime" | "durationMinutes" | "instrument";
export type EntryFormError = "required" | "invalidDate" | "invalidTime" | "invalidDuration";
export type EntryFormErrors = Partial<Record<EntryFormField, EntryFormError>>;

const maxDurationMinutes = 1440;

/**
 * A blank form for a manual entry starting now in the musician's zone.
 *
 * @example
 * createEmptyEntryForm(Date.now(), "Europe/Paris", "piano").values.durationMinutes; // "30"
 */
export function createEmptyEntryForm(
  nowMs: number,
  timeZone: string,
  instrument: string,
): { values: EntryFormValues; base: EntryFormBase } {
  const { localDate, timeOfDay } = getLocalDateAndTime(nowMs, timeZone);
  return {
    values: {
      localDate,
      startTime: timeOfDay,
      durationMinutes: "30",
      type: "practice",
      instrument,
      pieces: [],
      techniques: "",
      mood: "",
      notes: "",
      tags: "",
    },
    base: { timeZone, source: "manual", goalIds: [] },
  };
}

/**
 * The form for an existing entry or a prefilled one (from the timer): wall-clock time in the zone
 * the entry was recorded in, so editing never shifts its day.
 *
 * @example
 * entryToForm(entry).values.startTime; // "18:30"
 */
export function entryToForm(entry: PracticeEntryContent): { values: EntryFormValues; base: EntryFormBase } {
  const { localDate, timeOfDay } = getLocalDateAndTime(Date.parse(entry.startedAt), entry.timeZone);
  const base: EntryFormBase = {
    timeZone: entry.timeZone,
    source: entry.source,
    durationSec: entry.durationSec,
    goalIds: entry.goalIds,
    ...(entry.planOccurrenceId === undefined ? {} : { planOccurrenceId: entry.planOccurrenceId }),
  };
  return {
    values: {
      localDate,
      startTime: timeOfDay,
      durationMinutes: String(Math.round(entry.durationSec / 60)),
      type: entry.type,
      instrument: entry.instrument,
      pieces: entry.pieces.map((piece) => ({ kind: "existing", ...piece })),
      techniques: entry.techniques.join(", "),
      mood: entry.mood ?? "",
      notes: entry.notes,
      tags: entry.tags.join(", "),
    },
    base,
  };
}

/**
 * A comma-separated list as the distinct trimmed items.
 *
 * @example
 * parseList(" scales, arpeggios,, scales "); // ["scales", "arpeggios"]
 */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((item) => item.trim().replace(/\s+/g, " "))
        .filter((item) => item !== ""),
    ),
  ];
}

/**
 * Field errors, empty when the form can be saved.
 *
 * @example
 * validateEntryForm({ ...values, durationMinutes: "-5" }); // { durationMinutes: "invalidDuration" }
 */
export function validateEntryForm(values: EntryFormValues): EntryFormErrors {
  const errors: EntryFormErrors = {};
  if (values.localDate === "") errors.localDate = "required";
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.localDate) || Number.isNaN(Date.parse(values.localDate))) {
    errors.localDate = "invalidDate";
  }
  if (values.startTime === "") errors.startTime = "required";
  else if (!/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(values.startTime)) errors.startTime = "invalidTime";
  const minutes = Number(values.durationMinutes);
  if (values.durationMinutes.trim() === "") errors.durationMinutes = "required";
  else if (!Number.isFinite(minutes) || minutes < 0 || minutes > maxDurationMinutes) {
    errors.durationMinutes = "invalidDuration";
  }
  if (values.instrument.trim() === "") errors.instrument = "required";
  return errors;
}

/**
 * The entry content to save from a valid form. `newPieceIds` maps each new piece's form key to the
 * id of the repertoire piece created for it. An unchanged duration keeps the exact seconds (a
 * timer's 25:41 is not rounded to 26 minutes unless the musician edits it).
 *
 * @example
 * buildEntryContent(values, base, new Map()).localDate; // "2026-03-01"
 */
export function buildEntryContent(
  values: EntryFormValues,
  base: EntryFormBase,
  newPieceIds: ReadonlyMap<string, string>,
): PracticeEntryContent {
  const startedAtMs = toInstantMs(values.localDate, values.startTime, base.timeZone);
  const minutes = Number(values.durationMinutes);
  const isDurationUnchanged = base.durationSec !== undefined && Math.round(base.durationSec / 60) === minutes;
  const pieces: PracticeEntryContent["pieces"] = [];
  const seen = new Set<string>();
  for (const piece of values.pieces) {
    const pieceId = piece.kind === "existing" ? piece.pieceId : newPieceIds.get(piece.key);
    if (pieceId === undefined || seen.has(pieceId)) continue;
    seen.add(pieceId);
    pieces.push(
      piece.kind === "existing" && piece.tempoBpm !== undefined
        ? { pieceId, tempoBpm: piece.tempoBpm }
        : { pieceId },
    );
  }
  const content: PracticeEntryContent = {
    startedAt: new Date(startedAtMs).toISOString(),
    localDate: getLocalDate(startedAtMs, base.timeZone),
    timeZone: base.timeZone,
    durationSec:
      isDurationUnchanged && base.durationSec !== undefined ? base.durationSec : Math.round(minutes * 60),
    type: values.type,
    instrument: values.instrument.trim(),
    pieces,
    techniques: parseList(values.techniques).slice(0, 30),
    notes: values.notes,
    tags: parseList(values.tags).slice(0, 30),
    goalIds: [...base.goalIds],
    source: base.source,
  };
  if (values.mood !== "") content.mood = values.mood;
  if (base.planOccurrenceId !== undefined) content.planOccurrenceId = base.planOccurrenceId;
  return content;
}
