import { z } from "zod";
import {
  defineDocumentSchema,
  idSchema,
  instantSchema,
  instrumentSchema,
  labelSchema,
  localDateSchema,
  notesSchema,
  tagsSchema,
  tempoBpmSchema,
  timeZoneSchema,
} from "./base.schema";

export const PracticeType = {
  practice: "practice",
  lesson: "lesson",
  performance: "performance",
  rehearsal: "rehearsal",
  technique: "technique",
  other: "other",
} as const;
export type PracticeType = (typeof PracticeType)[keyof typeof PracticeType];

export const EntrySource = {
  timer: "timer",
  manual: "manual",
  counter: "counter",
  plan: "plan",
  import: "import",
} as const;
export type EntrySource = (typeof EntrySource)[keyof typeof EntrySource];

export const Mood = {
  frustrated: "frustrated",
  neutral: "neutral",
  satisfied: "satisfied",
  excited: "excited",
} as const;
export type Mood = (typeof Mood)[keyof typeof Mood];

/** A piece worked on during the entry; `tempoBpm` is the tempo reached, if noted. */
export const practicedPieceSchema = z.strictObject({
  pieceId: idSchema,
  tempoBpm: tempoBpmSchema.optional(),
});

export const practiceEntrySchemaVersion = 0;

/** What a practice-entry form edits. Duration is at most one day: time comes from timestamps only. */
export const practiceEntryContentSchema = z.strictObject({
  startedAt: instantSchema,
  localDate: localDateSchema,
  timeZone: timeZoneSchema,
  durationSec: z.int().min(0).max(86_400),
  type: z.enum(PracticeType),
  instrument: instrumentSchema,
  pieces: z.array(practicedPieceSchema).max(50),
  techniques: z.array(labelSchema).max(30),
  mood: z.enum(Mood).optional(),
  notes: notesSchema,
  tags: tagsSchema,
  goalIds: z.array(idSchema).max(50),
  source: z.enum(EntrySource),
  planOccurrenceId: idSchema.optional(),
});
export type PracticeEntryContent = z.infer<typeof practiceEntryContentSchema>;

/**
 * A `practice_entries` document.
 *
 * @example
 * const entry: PracticeEntryDoc = practiceEntrySchema.parse(await request.json());
 */
export const practiceEntrySchema = defineDocumentSchema(practiceEntryContentSchema);
export type PracticeEntryDoc = z.infer<typeof practiceEntrySchema>;
