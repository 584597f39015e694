/**
 * The library's search, filters and sort over the live `scores` documents: pure, so the list a
 * musician sees is tested without a browser. Search matches every word of the query, accents and
 * punctuation aside, against title, subtitle, composer, catalogue and tags.
 */
import { normalizeText } from "@mirubato/domain";
import type { ScoreDoc, StylePeriod } from "@mirubato/schema";

export const librarySortKeys = ["title", "composer", "recentlyOpened", "recentlyAdded"] as const;
export type LibrarySortKey = (typeof librarySortKeys)[number];

export interface LibraryFilters {
  readonly query: string;
  readonly composer: string;
  readonly stylePeriod: StylePeriod | "";
  readonly instrument: string;
  readonly tag: string;
  readonly isFavoritesOnly: boolean;
}

export const noLibraryFilters: LibraryFilters = {
  query: "",
  composer: "",
  stylePeriod: "",
  instrument: "",
  tag: "",
  isFavoritesOnly: false,
};

function searchTextOf(score: ScoreDoc): string {
  return normalizeText(
    [score.title, score.subtitle, score.composer, score.catalogue, ...score.tags].join(" "),
  );
}

function matches(score: ScoreDoc, filters: LibraryFilters, words: readonly string[]): boolean {
  if (filters.isFavoritesOnly && !score.isFavorite) return false;
  if (filters.composer !== "" && score.composer !== filters.composer) return false;
  if (filters.stylePeriod !== "" && score.stylePeriod !== filters.stylePeriod) return false;
  if (filters.instrument !== "" && score.instrument !== filters.instrument) return false;
  if (filters.tag !== "" && !score.tags.includes(filters.tag)) return false;
  if (words.length === 0) return true;
  const text = searchTextOf(score);
  return words.every((word) => text.includes(word));
}

/**
 * The scores to show, in order; ties fall back to the title. Scores never opened come last when
 * sorting by "recently opened".
 *
 * @example
 * viewLibrary(scores, { ...noLibraryFilters, query: "chopin" }, "title", "en");
 */
export function viewLibrary(
  scores: readonly ScoreDoc[],
  filters: LibraryFilters,
  sortKey: LibrarySortKey,
  locale: string,
): ScoreDoc[] {
  const words = normalizeText(filters.query).split(" ").filter(Boolean);
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byTitle = (a: ScoreDoc, b: ScoreDoc) => collator.compare(a.title, b.title);
  const compare: Record<LibrarySortKey, (a: ScoreDoc, b: ScoreDoc) => number> = {
    title: byTitle,
    composer: (a, b) => collator.compare(a.composer ?? "\uffff", b.composer ?? "\uffff"),
    recentlyOpened: (a, b) => (b.lastOpenedAt ?? "").localeCompare(a.lastOpenedAt ?? ""),
    recentlyAdded: (a, b) => b.createdAt.localeCompare(a.createdAt),
  };
  return scores
    .filter((score) => matches(score, filters, words))
    .sort((a, b) => compare[sortKey](a, b) || byTitle(a, b));
}

export interface LibraryFacets {
  readonly composers: readonly string[];
  readonly instruments: readonly string[];
  readonly tags: readonly string[];
  readonly stylePeriods: readonly StylePeriod[];
}

/** The values the filters offer: only those some score has, sorted for the locale. */
export function libraryFacets(scores: readonly ScoreDoc[], locale: string): LibraryFacets {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sorted = (values: Iterable<string | undefined>) =>
    [...new Set(values)].filter((value): value is string => value !== undefined).sort(collator.compare);
  const periods = new Set(scores.map((score) => score.stylePeriod));
  return {
    composers: sorted(scores.map((score) => score.composer)),
    instruments: sorted(scores.map((score) => score.instrument)),
    tags: sorted(scores.flatMap((score) => score.tags)),
    stylePeriods: stylePeriodOrder.filter((period) => periods.has(period)),
  };
}

/** Periods in historical order, not alphabetical. */
export const stylePeriodOrder: readonly StylePeriod[] = [
  "medieval",
  "renaissance",
  "baroque",
  "classical",
  "romantic",
  "modern",
  "contemporary",
  "other",
];

/** Whether any filter narrows the list (the empty state then says "no match", not "no scores"). */
export function isFiltered(filters: LibraryFilters): boolean {
  return (
    filters.query.trim() !== "" ||
    filters.composer !== "" ||
    filters.stylePeriod !== "" ||
    filters.instrument !== "" ||
    filters.tag !== "" ||
    filters.isFavoritesOnly
  );
}
