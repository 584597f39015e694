/**
 * The repertoire form as strings and the rules between it and a `pieces` document. A new piece
 * starts its status history with its first status, so "when did I start learning this" is known.
 */
import type { PieceContent, PieceDoc, PieceStatus } from "@mirubato/schema";

export const pieceStatuses = [
  "planned",
  "learning",
  "polished",
  "performance_ready",
  "dropped",
] as const satisfies readonly PieceStatus[];

/**
 * A status from a select's value, or undefined for anything else ("" = any).
 *
 * @example
 * parsePieceStatus("polished"); // "polished"
 */
export function parsePieceStatus(value: string): PieceStatus | undefined {
  return pieceStatuses.find((status) => status === value);
}

export interface PieceFormValues {
  readonly title: string;
  readonly composer: string;
  readonly catalogue: string;
  readonly instrument: string;
  readonly status: PieceStatus;
  readonly difficulty: string;
  readonly targetTempoBpm: string;
  readonly notes: string;
  /** One link a line: a URL, optionally followed by a space and a label. */
  readonly links: string;
}

export type PieceFormField = "title" | "instrument" | "targetTempoBpm" | "links" | "difficulty";
export type PieceFormError = "required" | "invalidTempo" | "invalidLink" | "invalidDifficulty";
export type PieceFormErrors = Partial<Record<PieceFormField, PieceFormError>>;

/**
 * The content of a piece created from a title and composer typed elsewhere (the entry form).
 *
 * @example
 * createNewPieceContent("Clair de lune", "Debussy", "piano", new Date().toISOString()).status; // "learning"
 */
export function createNewPieceContent(
  title: string,
  composer: string,
  instrument: string,
  nowIso: string,
): PieceContent {
  const content: PieceContent = {
    title: title.trim(),
    instrument,
    status: "learning",
    statusHistory: [{ status: "learning", changedAt: nowIso }],
    notes: "",
    links: [],
    scoreIds: [],
  };
  if (composer.trim() !== "") content.composer = composer.trim();
  return content;
}

/**
 * An empty form for a new piece on the musician's instrument.
 *
 * @example
 * createEmptyPieceForm("piano").status; // "learning"
 */
export function createEmptyPieceForm(instrument: string): PieceFormValues {
  return {
    title: "",
    composer: "",
    catalogue: "",
    instrument,
    status: "learning",
    difficulty: "",
    targetTempoBpm: "",
    notes: "",
    links: "",
  };
}

/**
 * The form for an existing piece.
 *
 * @example
 * pieceToForm(piece).links; // "https://imslp.org/… IMSLP"
 */
export function pieceToForm(piece: PieceDoc): PieceFormValues {
  return {
    title: piece.title,
    composer: piece.composer ?? "",
    catalogue: piece.catalogue ?? "",
    instrument: piece.instrument,
    status: piece.status,
    difficulty: piece.difficulty === undefined ? "" : String(piece.difficulty),
    targetTempoBpm: piece.targetTempoBpm === undefined ? "" : String(piece.targetTempoBpm),
    notes: piece.notes,
    links: piece.links
      .map((link) => (link.label === undefined ? link.url : `${link.url} ${link.label}`))
      .join("\n"),
  };
}

/**
 * Links from the text area, one a line. Undefined when a line is not an http(s) URL.
 *
 * @example
 * parseLinks("https://imslp.org IMSLP"); // [{ url: "https://imslp.org", label: "IMSLP" }]
 */
export function parseLinks(text: string): PieceContent["links"] | undefined {
  const links: PieceContent["links"] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const [url = "", ...labelWords] = trimmed.split(/\s+/);
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) return undefined;
    const label = labelWords.join(" ").slice(0, 100);
    links.push(label === "" ? { url } : { url, label });
  }
  return links.slice(0, 20);
}

/**
 * Field errors, empty when the form can be saved.
 *
 * @example
 * validatePieceForm({ ...values, title: "" }); // { title: "required" }
 */
export function validatePieceForm(values: PieceFormValues): PieceFormErrors {
  const errors: PieceFormErrors = {};
  if (values.title.trim() === "") errors.title = "required";
  if (values.instrument.trim() === "") errors.instrument = "required";
  if (values.targetTempoBpm.trim() !== "") {
    const tempo = Number(values.targetTempoBpm);
    if (!Number.isInteger(tempo) || tempo < 10 || tempo > 400) errors.targetTempoBpm = "invalidTempo";
  }
  if (values.difficulty !== "" && !/^[1-5]$/.test(values.difficulty)) errors.difficulty = "invalidDifficulty";
  if (parseLinks(values.links) === undefined) errors.links = "invalidLink";
  return errors;
}

type OptionalPieceFields = "composer" | "catalogue" | "difficulty" | "targetTempoBpm";

/**
 * The fields a valid form sets; optional fields left empty are `undefined` (which clears them on
 * an update). Status and its history are not here: see {@link buildPieceContent} and the domain's
 * `createStatusChangePatch`.
 *
 * @example
 * buildPieceFields({ ...values, composer: "" }).composer; // undefined
 */
export function buildPieceFields(values: PieceFormValues): Omit<
  PieceContent,
  "status" | "statusHistory" | "scoreIds" | OptionalPieceFields
> & {
  [Field in OptionalPieceFields]: PieceContent[Field] | undefined;
} {
  const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());
  return {
    title: values.title.trim(),
    composer: optional(values.composer),
    catalogue: optional(values.catalogue),
    instrument: values.instrument.trim(),
    difficulty: values.difficulty === "" ? undefined : Number(values.difficulty),
    targetTempoBpm: values.targetTempoBpm.trim() === "" ? undefined : Number(values.targetTempoBpm),
    notes: values.notes,
    links: parseLinks(values.links) ?? [],
  };
}

/**
 * The content of a new piece from a valid form.
 *
 * @example
 * buildPieceContent(values, "2026-03-01T10:00:00.000Z").statusHistory; // [{ status: "learning", changedAt: … }]
 */
export function buildPieceContent(values: PieceFormValues, nowIso: string): PieceContent {
  const { composer, catalogue, difficulty, targetTempoBpm, ...required } = buildPieceFields(values);
  const content: PieceContent = {
    ...required,
    status: values.status,
    statusHistory: [{ status: values.status, changedAt: nowIso }],
    scoreIds: [],
  };
  if (composer !== undefined) content.composer = composer;
  if (catalogue !== undefined) content.catalogue = catalogue;
  if (difficulty !== undefined) content.difficulty = difficulty;
  if (targetTempoBpm !== undefined) content.targetTempoBpm = targetTempoBpm;
  return content;
}
