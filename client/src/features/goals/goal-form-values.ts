/**
 * The goal form's fields as typed, and their translation to and from a goal's content. Each kind
 * uses the fields it needs: practice time and sessions a target and a period; piece status a piece,
 * a status and an optional date; tempo a piece, a tempo (blank: the piece's target tempo) and an
 * optional date; custom a count per period, or milestones (one per line).
 */
import {
  type GoalContent,
  type GoalDoc,
  type GoalKind,
  type GoalPeriod,
  type PieceStatus,
  textMax,
} from "@mirubato/schema";

export const goalKinds = [
  "practice_time",
  "sessions",
  "piece_status",
  "tempo",
  "custom",
] as const satisfies readonly GoalKind[];
export const repeatingPeriods = ["day", "week", "month"] as const satisfies readonly GoalPeriod[];
export const targetStatuses = [
  "learning",
  "polished",
  "performance_ready",
] as const satisfies readonly PieceStatus[];

export type RepeatingPeriod = (typeof repeatingPeriods)[number];
export type TargetStatus = (typeof targetStatuses)[number];

export interface GoalFormValues {
  readonly kind: GoalKind;
  readonly title: string;
  readonly targetValue: string;
  readonly period: RepeatingPeriod;
  readonly pieceId: string;
  readonly targetStatus: TargetStatus;
  readonly targetDate: string;
  /** Custom goals: one milestone per line. */
  readonly milestones: string;
}

export type GoalFormField = "title" | "targetValue" | "pieceId" | "targetDate" | "milestones";
export type GoalFormError = "required" | "too_long" | "out_of_range" | "invalid_date" | "too_many";
export type GoalFormErrors = Partial<Record<GoalFormField, GoalFormError>>;

export const emptyGoalFormValues: GoalFormValues = {
  kind: "practice_time",
  title: "",
  targetValue: "30",
  period: "week",
  pieceId: "",
  targetStatus: "polished",
  targetDate: "",
  milestones: "",
};

/** What the target field starts at when the kind changes (tempo: blank, the piece's own target). */
export const defaultTargetValues: Readonly<Record<GoalKind, string>> = {
  practice_time: "30",
  sessions: "5",
  piece_status: "1",
  tempo: "",
  custom: "1",
};

const maxMilestones = 50;
const targetRanges: Record<GoalKind, { min: number; max: number }> = {
  practice_time: { min: 1, max: 44_640 },
  sessions: { min: 1, max: 1_000 },
  piece_status: { min: 1, max: 1 },
  tempo: { min: 10, max: 400 },
  custom: { min: 1, max: 10_000 },
};

const unitByKind: Record<GoalKind, GoalContent["targetUnit"]> = {
  practice_time: "minutes",
  sessions: "sessions",
  piece_status: "count",
  tempo: "bpm",
  custom: "count",
};

function isRepeatingPeriod(period: GoalPeriod): period is RepeatingPeriod {
  return (repeatingPeriods as readonly string[]).includes(period);
}

function isTargetStatus(status: PieceStatus | undefined): status is TargetStatus {
  return (targetStatuses as readonly (string | undefined)[]).includes(status);
}

/** The form's values for editing an existing goal. */
export function toGoalFormValues(goal: Pick<GoalDoc, keyof GoalContent>): GoalFormValues {
  return {
    kind: goal.kind,
    title: goal.title,
    targetValue: goal.kind === "tempo" && goal.targetValue === 0 ? "" : String(goal.targetValue),
    period: isRepeatingPeriod(goal.period) ? goal.period : "week",
    pieceId: goal.pieceId ?? "",
    targetStatus: isTargetStatus(goal.targetStatus) ? goal.targetStatus : "polished",
    targetDate: goal.targetDate ?? "",
    milestones: goal.milestones.map((milestone) => milestone.title).join("\n"),
  };
}

export type GoalFormResult =
  | { readonly ok: true; readonly content: GoalContent }
  | { readonly ok: false; readonly errors: GoalFormErrors };

interface ToContentOptions {
  /** The goal being edited: its status and milestones' done state are kept. */
  readonly existing?: Pick<GoalDoc, "status" | "milestones"> | undefined;
  readonly createId: () => string;
}

function parseTarget(values: GoalFormValues, errors: GoalFormErrors): number {
  if (values.kind === "piece_status") return 1;
  const text = values.targetValue.trim();
  if (text === "" && (values.kind === "tempo" || values.kind === "custom")) return 0;
  const { min, max } = targetRanges[values.kind];
  const value = Number(text);
  if (text === "") errors.targetValue = "required";
  else if (!Number.isInteger(value) || value < min || value > max) errors.targetValue = "out_of_range";
  return value;
}

function parseMilestones(values: GoalFormValues, options: ToContentOptions, errors: GoalFormErrors) {
  if (values.kind !== "custom") return [];
  const titles = values.milestones
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (titles.length > maxMilestones) errors.milestones = "too_many";
  if (titles.some((title) => title.length > textMax.title)) errors.milestones = "too_long";
  const previous = options.existing?.milestones ?? [];
  return titles.map((title) => {
    const kept = previous.find((milestone) => milestone.title === title);
    return kept === undefined ? { id: options.createId(), title, isDone: false } : { ...kept };
  });
}

/**
 * Validates the form and builds the goal's content, or says which fields are wrong.
 *
 * @example
 * toGoalContent({ ...emptyGoalFormValues, title: "Daily scales", targetValue: "20", period: "day" }, { createId: uuidv7 });
 */
export function toGoalContent(values: GoalFormValues, options: ToContentOptions): GoalFormResult {
  const errors: GoalFormErrors = {};
  const title = values.title.trim();
  if (title === "") errors.title = "required";
  else if (title.length > textMax.title) errors.title = "too_long";
  const needsPiece = values.kind === "piece_status" || values.kind === "tempo";
  if (needsPiece && values.pieceId === "") errors.pieceId = "required";
  const hasDate = needsPiece && values.targetDate !== "";
  if (hasDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.targetDate)) errors.targetDate = "invalid_date";
  if (values.kind === "piece_status" && values.targetDate === "") errors.targetDate = "required";
  const milestones = parseMilestones(values, options, errors);
  let targetValue = parseTarget(values, errors);
  if (values.kind === "custom" && milestones.length > 0) targetValue = milestones.length;
  else if (values.kind === "custom" && targetValue === 0) errors.targetValue = "required";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const content: GoalContent = {
    title,
    kind: values.kind,
    targetValue,
    targetUnit: unitByKind[values.kind],
    period: needsPiece ? "until_date" : values.period,
    status: options.existing?.status ?? "active",
    milestones,
  };
  if (needsPiece) content.pieceId = values.pieceId;
  if (hasDate) content.targetDate = values.targetDate;
  if (values.kind === "piece_status") content.targetStatus = values.targetStatus;
  return { ok: true, content };
}

/**
 * A repository patch that replaces a goal's content whole: optional fields the new content lacks
 * are cleared (a tempo goal edited into a practice-time goal loses its piece).
 */
export function toGoalPatch(content: GoalContent): {
  [Field in keyof GoalContent]: GoalContent[Field] | undefined;
} {
  return {
    ...content,
    pieceId: content.pieceId,
    targetDate: content.targetDate,
    targetStatus: content.targetStatus,
  };
}
