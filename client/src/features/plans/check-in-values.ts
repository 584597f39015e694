/**
 * The check-in form's fields and the occurrence fields they write: how it went (done, partly,
 * skipped), a note, the tempo reached on each segment with a tempo ladder, and the answers to the
 * plan's reflection prompts.
 */
import type { PlanOccurrenceDoc, PracticePlanDoc, SegmentTempo } from "@mirubato/schema";
import { textMax } from "@mirubato/schema";

export const checkInStatuses = ["completed", "partial", "skipped"] as const;
export type CheckInStatus = (typeof checkInStatuses)[number];

export interface CheckInValues {
  readonly status: CheckInStatus;
  readonly note: string;
  /** Segment id → tempo typed (BPM), blank when not measured. */
  readonly tempos: Readonly<Record<string, string>>;
  /** Prompt → answer. */
  readonly responses: Readonly<Record<string, string>>;
}

export type CheckInErrors = { note?: "too_long"; tempos?: Readonly<Record<string, "out_of_range">> };

export interface CheckInFields {
  readonly status: CheckInStatus;
  readonly note: string;
  readonly segmentTempos: SegmentTempo[];
  readonly checkInResponses: { prompt: string; response: string }[];
}

/** Whether a segment asks for the tempo reached: it has a start or a target tempo. */
export function hasTempoLadder(segment: PracticePlanDoc["segments"][number]): boolean {
  return segment.startTempoBpm !== undefined || segment.tempoTargets.length > 0;
}

/** The form for a day: the stored check-in if there is one, else "done" and blanks. */
export function toCheckInValues(
  plan: Pick<PracticePlanDoc, "segments" | "reflectionPrompts">,
  occurrence: Pick<PlanOccurrenceDoc, "status" | "note" | "segmentTempos" | "checkInResponses"> | undefined,
): CheckInValues {
  const stored = occurrence?.status;
  const status = checkInStatuses.find((candidate) => candidate === stored) ?? "completed";
  const tempos: Record<string, string> = {};
  for (const segment of plan.segments.filter(hasTempoLadder)) {
    const reached = occurrence?.segmentTempos?.find((tempo) => tempo.segmentId === segment.id);
    tempos[segment.id] = reached === undefined ? "" : String(reached.tempoBpm);
  }
  const responses: Record<string, string> = {};
  for (const prompt of plan.reflectionPrompts) {
    responses[prompt] =
      occurrence?.checkInResponses.find((answer) => answer.prompt === prompt)?.response ?? "";
  }
  return { status, note: occurrence?.note ?? "", tempos, responses };
}

/**
 * The fields the musician changed from what the form opened with. A check-in writes only these,
 * so on another device's concurrent check-in of the same day the field-level merge keeps both:
 * one device's status and the other's note.
 *
 * @example
 * listChangedFields(before, after); // ["status"]
 */
export function listChangedFields(before: CheckInFields, after: CheckInFields): (keyof CheckInFields)[] {
  const keys = ["status", "note", "segmentTempos", "checkInResponses"] as const;
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * The content of a new occurrence leaves out a blank note and no tempos, rather than writing them:
 * a field never written loses to any write of it when devices merge.
 */
export function toNewOccurrenceFields(
  fields: CheckInFields,
): Partial<CheckInFields> & Pick<CheckInFields, "status" | "checkInResponses"> {
  return {
    status: fields.status,
    checkInResponses: fields.checkInResponses,
    ...(fields.note === "" ? {} : { note: fields.note }),
    ...(fields.segmentTempos.length === 0 ? {} : { segmentTempos: fields.segmentTempos }),
  };
}

/**
 * Validates the form and builds the occurrence fields it writes.
 *
 * @example
 * toCheckInFields({ status: "partial", note: "Left hand only", tempos: {}, responses: {} });
 */
export function toCheckInFields(
  values: CheckInValues,
): { ok: true; fields: CheckInFields } | { ok: false; errors: CheckInErrors } {
  const tempoErrors: Record<string, "out_of_range"> = {};
  const segmentTempos: SegmentTempo[] = [];
  for (const [segmentId, text] of Object.entries(values.tempos)) {
    if (text.trim() === "") continue;
    const tempoBpm = Number(text.trim());
    if (!Number.isInteger(tempoBpm) || tempoBpm < 10 || tempoBpm > 400)
      tempoErrors[segmentId] = "out_of_range";
    else segmentTempos.push({ segmentId, tempoBpm });
  }
  const errors: CheckInErrors = {};
  if (values.note.length > textMax.notes) errors.note = "too_long";
  if (Object.keys(tempoErrors).length > 0) errors.tempos = tempoErrors;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const checkInResponses = Object.entries(values.responses)
    .map(([prompt, response]) => ({ prompt, response: response.trim().slice(0, 2000) }))
    .filter((answer) => answer.response !== "");
  return {
    ok: true,
    fields: { status: values.status, note: values.note.trim(), segmentTempos, checkInResponses },
  };
}
