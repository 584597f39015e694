/**
 * The score metadata form's values: pre-filled from processing's suggestions when a file is
 * reviewed, or from the document when it is edited, and turned back into `scores` content.
 */
import {
  type ScoreContent,
  type ScoreDoc,
  type ScoreFileRecord,
  type ScoreSource,
  type StylePeriod,
  textMax,
} from "@mirubato/schema";

export interface ScoreFormValues {
  readonly title: string;
  readonly subtitle: string;
  readonly composer: string;
  readonly catalogue: string;
  readonly instrument: string;
  readonly stylePeriod: StylePeriod | "";
  readonly key: string;
  readonly difficulty: string;
  readonly tags: readonly string[];
  /** A repertoire piece to link the score to; "" for none. */
  readonly pieceId: string;
}

export type ScoreFormErrors = Partial<Record<"title" | "difficulty" | "key", "required" | "invalid">>;

export const emptyScoreFormValues: ScoreFormValues = {
  title: "",
  subtitle: "",
  composer: "",
  catalogue: "",
  instrument: "",
  stylePeriod: "",
  key: "",
  difficulty: "",
  tags: [],
  pieceId: "",
};

/** "Prelude_in_E_minor.pdf" → "Prelude in E minor": the title when processing found none. */
export function titleFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^./\\]+$/, "")
    .replace(/[_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return (base === "" ? fileName : base).slice(0, textMax.title);
}

export interface ReviewStart {
  readonly values: ScoreFormValues;
  /** Music terms found in the file's text, offered as tags to accept. */
  readonly suggestedTags: readonly string[];
  /** True for a scan or a photo: processing found no text at all, so nothing could be suggested. */
  readonly isTextMissing: boolean;
}

/**
 * The review form of an uploaded file, from what processing read.
 *
 * @example
 * startReview(record, "scan.pdf").values.title; // the PDF's own title, or "scan"
 */
export function startReview(record: ScoreFileRecord, fileName: string): ReviewStart {
  const suggestions = record.suggestions;
  const terms = [
    ...new Set((suggestions?.terms ?? []).map((term) => term.term.trim().slice(0, textMax.tag))),
  ];
  return {
    values: {
      ...emptyScoreFormValues,
      title: suggestions?.title?.slice(0, textMax.title) ?? titleFromFileName(fileName),
      composer: suggestions?.composer?.slice(0, textMax.name) ?? "",
      catalogue: suggestions?.catalogue?.slice(0, textMax.label) ?? "",
    },
    suggestedTags: terms.filter((term) => term !== "").slice(0, 30),
    // Processing reads no text from an image, so a photographed page has none to offer either.
    isTextMissing:
      suggestions?.textFound === false ||
      (suggestions?.textFound === undefined && record.contentType.startsWith("image/")),
  };
}

/** The edit form of an existing score. */
export function scoreToFormValues(score: ScoreDoc): ScoreFormValues {
  return {
    title: score.title,
    subtitle: score.subtitle ?? "",
    composer: score.composer ?? "",
    catalogue: score.catalogue ?? "",
    instrument: score.instrument ?? "",
    stylePeriod: score.stylePeriod ?? "",
    key: score.key ?? "",
    difficulty: score.difficulty === undefined ? "" : String(score.difficulty),
    tags: score.tags,
    pieceId: "",
  };
}

/** Adds a typed tag (trimmed, at most 50 characters, no duplicates, at most 30). */
export function addTag(tags: readonly string[], tag: string): readonly string[] {
  const trimmed = tag.trim().slice(0, textMax.tag);
  if (trimmed === "" || tags.includes(trimmed) || tags.length >= 30) return tags;
  return [...tags, trimmed];
}

/** Field errors; empty when the form can be saved. */
export function validateScoreForm(values: ScoreFormValues): ScoreFormErrors {
  const errors: ScoreFormErrors = {};
  if (values.title.trim() === "") errors.title = "required";
  if (values.difficulty !== "" && !/^[1-5]$/.test(values.difficulty)) errors.difficulty = "invalid";
  if (values.key.trim().length > 40) errors.key = "invalid";
  return errors;
}

type OptionalField =
  | "subtitle"
  | "composer"
  | "catalogue"
  | "instrument"
  | "stylePeriod"
  | "key"
  | "difficulty";

/** The metadata fields of a valid form; an optional field left empty is `undefined` (cleared on an edit). */
export function toScoreFields(values: ScoreFormValues): Pick<ScoreContent, "title" | "tags"> & {
  [Field in OptionalField]: ScoreContent[Field] | undefined;
} {
  const optional = (text: string, max: number) =>
    text.trim() === "" ? undefined : text.trim().slice(0, max);
  return {
    title: values.title.trim().slice(0, textMax.title),
    subtitle: optional(values.subtitle, textMax.title),
    composer: optional(values.composer, textMax.name),
    catalogue: optional(values.catalogue, textMax.label),
    instrument: optional(values.instrument, textMax.label),
    stylePeriod: values.stylePeriod === "" ? undefined : values.stylePeriod,
    key: optional(values.key, 40),
    difficulty: values.difficulty === "" ? undefined : Number(values.difficulty),
    tags: [...values.tags],
  };
}

/**
 * The content of the new score a reviewed file becomes.
 *
 * @example
 * toNewScoreContent(values, record, "upload").pageCount; // the record's page count
 */
export function toNewScoreContent(
  values: ScoreFormValues,
  record: ScoreFileRecord,
  source: ScoreSource,
): ScoreContent {
  const { title, tags, subtitle, composer, catalogue, instrument, stylePeriod, key, difficulty } =
    toScoreFields(values);
  const content: ScoreContent = { title, tags, source, isFavorite: false, fileId: record.id };
  if (subtitle !== undefined) content.subtitle = subtitle;
  if (composer !== undefined) content.composer = composer;
  if (catalogue !== undefined) content.catalogue = catalogue;
  if (instrument !== undefined) content.instrument = instrument;
  if (stylePeriod !== undefined) content.stylePeriod = stylePeriod;
  if (key !== undefined) content.key = key;
  if (difficulty !== undefined) content.difficulty = difficulty;
  if (record.pageCount !== null && record.pageCount <= 500) content.pageCount = record.pageCount;
  return content;
}
