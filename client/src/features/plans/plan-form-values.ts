/**
 * The plan editor's fields as typed, and their translation to and from a plan's content. An item is
 * one plan segment: a piece from the repertoire or a technique, its minutes, and an optional tempo
 * ladder (start → target). The schedule repeats on chosen weekdays or every N days from a start
 * date, and ends never, on a date or after a number of sessions.
 */
import {
  type PieceDoc,
  type PlanSchedule,
  type PlanSegment,
  type PracticePlanContent,
  type PracticePlanDoc,
  textMax,
} from "@mirubato/schema";

export type PlanItemKind = "piece" | "technique";
export type PlanRepeat = "weekly" | "interval";
export type PlanEnd = "never" | "date" | "count";

export interface PlanItemValues {
  /** The segment id, kept across edits so tempo history stays attached. */
  readonly id: string;
  readonly kind: PlanItemKind;
  readonly pieceId: string;
  readonly technique: string;
  readonly minutes: string;
  readonly startTempo: string;
  readonly targetTempo: string;
}

export interface PlanFormValues {
  readonly title: string;
  readonly items: readonly PlanItemValues[];
  readonly repeat: PlanRepeat;
  /** 0 = Sunday … 6 = Saturday. */
  readonly daysOfWeek: readonly number[];
  readonly intervalDays: string;
  readonly startDate: string;
  readonly startTime: string;
  readonly end: PlanEnd;
  readonly endDate: string;
  readonly count: string;
  /** One reflection prompt per line. */
  readonly prompts: string;
}

export type PlanFormError =
  | "required"
  | "too_long"
  | "out_of_range"
  | "invalid_date"
  | "too_many"
  | "below_start";
export type PlanItemErrors = Partial<
  Record<"subject" | "minutes" | "startTempo" | "targetTempo", PlanFormError>
>;
export interface PlanFormErrors {
  title?: PlanFormError;
  items?: PlanFormError;
  itemErrors?: Readonly<Record<string, PlanItemErrors>>;
  daysOfWeek?: PlanFormError;
  intervalDays?: PlanFormError;
  startDate?: PlanFormError;
  startTime?: PlanFormError;
  endDate?: PlanFormError;
  count?: PlanFormError;
  prompts?: PlanFormError;
}

const maxItems = 50;
const maxPrompts = 10;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * A new item: a technique for 10 minutes, no tempo ladder.
 *
 * @example
 * createPlanItem(uuidv7).minutes; // "10"
 */
export function createPlanItem(createId: () => string): PlanItemValues {
  return {
    id: createId(),
    kind: "technique",
    pieceId: "",
    technique: "",
    minutes: "10",
    startTempo: "",
    targetTempo: "",
  };
}

/** A blank plan due today and then every week on today's weekday, with one item. */
export function createEmptyPlanFormValues(
  today: string,
  weekday: number,
  createId: () => string,
): PlanFormValues {
  return {
    title: "",
    items: [createPlanItem(createId)],
    repeat: "weekly",
    daysOfWeek: [weekday],
    intervalDays: "2",
    startDate: today,
    startTime: "",
    end: "never",
    endDate: "",
    count: "10",
    prompts: "",
  };
}

function toItemValues(segment: PlanSegment): PlanItemValues {
  const pieceId = segment.pieceIds[0];
  return {
    id: segment.id,
    kind: pieceId === undefined ? "technique" : "piece",
    pieceId: pieceId ?? "",
    technique: segment.techniques[0] ?? (pieceId === undefined ? segment.label : ""),
    minutes: String(segment.minutes),
    startTempo: segment.startTempoBpm === undefined ? "" : String(segment.startTempoBpm),
    targetTempo: segment.tempoTargets[0] === undefined ? "" : String(segment.tempoTargets[0].tempoBpm),
  };
}

/** The form's values for editing an existing plan. */
export function toPlanFormValues(plan: Pick<PracticePlanDoc, keyof PracticePlanContent>): PlanFormValues {
  const { schedule } = plan;
  const isRecurring = schedule.kind === "recurring";
  const startDate = isRecurring ? schedule.startDate : schedule.date;
  return {
    title: plan.title,
    items: plan.segments.map(toItemValues),
    repeat: isRecurring && schedule.frequency === "daily" ? "interval" : "weekly",
    daysOfWeek: isRecurring && schedule.frequency === "weekly" ? schedule.daysOfWeek : [],
    intervalDays: isRecurring && schedule.frequency === "daily" ? String(schedule.interval) : "2",
    startDate,
    startTime: schedule.startTime ?? "",
    end:
      isRecurring && schedule.until !== undefined
        ? "date"
        : isRecurring && schedule.count !== undefined
          ? "count"
          : "never",
    endDate: isRecurring ? (schedule.until ?? "") : "",
    count: isRecurring && schedule.count !== undefined ? String(schedule.count) : "10",
    prompts: plan.reflectionPrompts.join("\n"),
  };
}

export type PlanFormResult =
  | { readonly ok: true; readonly content: PracticePlanContent }
  | { readonly ok: false; readonly errors: PlanFormErrors };

interface ToContentOptions {
  readonly timeZone: string;
  readonly pieces: readonly Pick<PieceDoc, "id" | "title">[];
  /** The plan being edited: its status, description and zone are kept. */
  readonly existing?: Pick<PracticePlanDoc, "status" | "description" | "timeZone"> | undefined;
}

/** An optional whole number in [min, max]: undefined when blank, NaN (with an error) when wrong. */
function parseWhole(
  text: string,
  min: number,
  max: number,
  onError: (error: PlanFormError) => void,
  isRequired = false,
) {
  const trimmed = text.trim();
  if (trimmed === "") {
    if (isRequired) onError("required");
    return undefined;
  }
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < min || value > max) {
    onError("out_of_range");
    return Number.NaN;
  }
  return value;
}

function toSegment(
  item: PlanItemValues,
  pieces: ToContentOptions["pieces"],
  errors: PlanItemErrors,
): PlanSegment {
  const technique = item.technique.trim();
  const piece = pieces.find((candidate) => candidate.id === item.pieceId);
  if (item.kind === "piece" && piece === undefined) errors.subject = "required";
  if (item.kind === "technique" && technique === "") errors.subject = "required";
  if (item.kind === "technique" && technique.length > textMax.label) errors.subject = "too_long";
  const minutes = parseWhole(item.minutes, 1, 600, (error) => (errors.minutes = error), true) ?? 0;
  const startTempoBpm = parseWhole(item.startTempo, 10, 400, (error) => (errors.startTempo = error));
  const targetTempoBpm = parseWhole(item.targetTempo, 10, 400, (error) => (errors.targetTempo = error));
  if (startTempoBpm !== undefined && targetTempoBpm !== undefined && targetTempoBpm < startTempoBpm) {
    errors.targetTempo = "below_start";
  }
  const isPiece = item.kind === "piece" && piece !== undefined;
  const segment: PlanSegment = {
    id: item.id,
    label: isPiece ? piece.title.slice(0, textMax.label).trim() : technique,
    minutes,
    pieceIds: isPiece ? [piece.id] : [],
    techniques: isPiece || technique === "" ? [] : [technique],
    tempoTargets:
      targetTempoBpm === undefined
        ? []
        : [{ ...(isPiece ? { pieceId: piece.id } : {}), tempoBpm: targetTempoBpm }],
  };
  if (startTempoBpm !== undefined) segment.startTempoBpm = startTempoBpm;
  return segment;
}

function toSchedule(values: PlanFormValues, errors: PlanFormErrors): PlanSchedule {
  if (!datePattern.test(values.startDate))
    errors.startDate = values.startDate === "" ? "required" : "invalid_date";
  if (values.startTime !== "" && !timePattern.test(values.startTime)) errors.startTime = "invalid_date";
  const isWeekly = values.repeat === "weekly";
  if (isWeekly && values.daysOfWeek.length === 0) errors.daysOfWeek = "required";
  const interval = isWeekly
    ? 1
    : (parseWhole(values.intervalDays, 1, 52, (error) => (errors.intervalDays = error), true) ?? 1);
  const schedule: PlanSchedule = {
    kind: "recurring",
    frequency: isWeekly ? "weekly" : "daily",
    interval,
    daysOfWeek: isWeekly ? [...values.daysOfWeek].sort((a, b) => a - b) : [],
    startDate: values.startDate,
  };
  if (values.startTime !== "") schedule.startTime = values.startTime;
  if (values.end === "date") {
    if (!datePattern.test(values.endDate))
      errors.endDate = values.endDate === "" ? "required" : "invalid_date";
    else if (values.endDate < values.startDate) errors.endDate = "below_start";
    schedule.until = values.endDate;
  }
  if (values.end === "count") {
    schedule.count = parseWhole(values.count, 1, 1000, (error) => (errors.count = error), true) ?? 1;
  }
  return schedule;
}

/**
 * Validates the form and builds the plan's content, or says which fields are wrong.
 *
 * @example
 * toPlanContent(values, { timeZone: "Europe/Berlin", pieces });
 */
export function toPlanContent(values: PlanFormValues, options: ToContentOptions): PlanFormResult {
  const errors: PlanFormErrors = {};
  const title = values.title.trim();
  if (title === "") errors.title = "required";
  else if (title.length > textMax.title) errors.title = "too_long";
  if (values.items.length === 0) errors.items = "required";
  if (values.items.length > maxItems) errors.items = "too_many";
  const itemErrors: Record<string, PlanItemErrors> = {};
  const segments = values.items.map((item) => {
    const found: PlanItemErrors = {};
    const segment = toSegment(item, options.pieces, found);
    if (Object.keys(found).length > 0) itemErrors[item.id] = found;
    return segment;
  });
  if (Object.keys(itemErrors).length > 0) errors.itemErrors = itemErrors;
  const schedule = toSchedule(values, errors);
  const prompts = values.prompts
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (prompts.length > maxPrompts) errors.prompts = "too_many";
  if (prompts.some((prompt) => prompt.length > 500)) errors.prompts = "too_long";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    content: {
      title,
      description: options.existing?.description ?? "",
      timeZone: options.existing?.timeZone ?? options.timeZone,
      schedule,
      segments,
      reflectionPrompts: prompts,
      status: options.existing?.status ?? "active",
    },
  };
}
