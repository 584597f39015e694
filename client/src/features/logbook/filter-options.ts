import type { EntryFilterCriteria } from "@mirubato/domain";
import type { PieceDoc, PracticeEntryDoc, PracticeType } from "@mirubato/schema";

/** The logbook's filter bar as inputs hold it; "" means "any". */
export interface LogbookFilterValues {
  readonly text: string;
  readonly fromDate: string;
  readonly toDate: string;
  readonly pieceId: string;
  readonly composer: string;
  readonly instrument: string;
  readonly type: PracticeType | "";
  readonly tag: string;
}

export const emptyLogbookFilter: LogbookFilterValues = {
  text: "",
  fromDate: "",
  toDate: "",
  pieceId: "",
  composer: "",
  instrument: "",
  type: "",
  tag: "",
};

/**
 * The domain filter criteria for the filter bar's values.
 *
 * @example
 * toFilterCriteria({ ...emptyLogbookFilter, type: "lesson" }); // { types: ["lesson"] }
 */
export function toFilterCriteria(values: LogbookFilterValues): EntryFilterCriteria {
  const criteria: EntryFilterCriteria = {};
  if (values.text.trim() !== "") criteria.text = values.text;
  if (values.fromDate !== "") criteria.fromDate = values.fromDate;
  if (values.toDate !== "") criteria.toDate = values.toDate;
  if (values.pieceId !== "") criteria.pieceIds = [values.pieceId];
  if (values.composer !== "") criteria.composer = values.composer;
  if (values.instrument !== "") criteria.instruments = [values.instrument];
  if (values.type !== "") criteria.types = [values.type];
  if (values.tag !== "") criteria.tags = [values.tag];
  return criteria;
}

/**
 * How many filters besides the search text are set (shown on the "Filters" toggle).
 *
 * @example
 * countActiveFilters({ ...emptyLogbookFilter, tag: "exam" }); // 1
 */
export function countActiveFilters(values: LogbookFilterValues): number {
  const { text: _text, ...filters } = values;
  return Object.values(filters).filter((value) => value !== "").length;
}

export interface FilterChoices {
  readonly composers: string[];
  readonly instruments: string[];
  readonly tags: string[];
}

/**
 * The values the filter menus offer: those that occur in the musician's data, sorted for the locale.
 *
 * @example
 * collectFilterChoices(entries, pieces, "en").tags; // ["exam", "warm-up"]
 */
export function collectFilterChoices(
  entries: readonly PracticeEntryDoc[],
  pieces: readonly PieceDoc[],
  locale: string,
): FilterChoices {
  const instruments = new Set<string>();
  const tags = new Set<string>();
  for (const entry of entries) {
    instruments.add(entry.instrument);
    for (const tag of entry.tags) tags.add(tag);
  }
  const composers = new Set<string>();
  for (const piece of pieces)
    if (piece.composer !== undefined && piece.composer !== "") composers.add(piece.composer);
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const sorted = (values: Set<string>) => [...values].sort(collator.compare);
  return { composers: sorted(composers), instruments: sorted(instruments), tags: sorted(tags) };
}
