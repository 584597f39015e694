import { normalizeTerm } from "@mirubato/term-search";

/**
 * Which dictionary terms occur in a piece of text (a score's words, in reading order). Every
 * input is normalized like the stored terms (case, accents, punctuation), and consecutive words
 * are joined, so "Poco", "a", "poco" finds "poco a poco" as well as a whole line would. Only the
 * entries' own terms count, not their equivalents in the app languages: "slow" or "soft" in a
 * preface is prose, while "lento" in a score is a marking.
 */

export interface KnownTerm {
  id: string;
  term: string;
  category: string;
  normalized: string;
}

export interface TermMatcher {
  byNormalized: ReadonlyMap<string, readonly KnownTerm[]>;
  /** Words in the longest term: no longer run of words needs to be tried. */
  maxWords: number;
}

export function createTermMatcher(terms: readonly KnownTerm[]): TermMatcher {
  const byNormalized = new Map<string, KnownTerm[]>();
  let maxWords = 1;
  for (const term of terms) {
    if (!term.normalized) continue;
    const same = byNormalized.get(term.normalized);
    if (same) same.push(term);
    else byNormalized.set(term.normalized, [term]);
    maxWords = Math.max(maxWords, term.normalized.split(" ").length);
  }
  return { byNormalized, maxWords };
}

/**
 * Entries found in `texts`, each once, in the order they first occur.
 *
 * @example
 * findTermsInText(matcher, ["Allegro", "poco a poco", "CRESC."]) // allegro, poco a poco, cresc.
 */
export function findTermsInText(
  matcher: TermMatcher,
  texts: readonly string[],
): Array<{ term: string; id: string; category: string }> {
  const words = texts.flatMap((text) => normalizeTerm(text).split(" ")).filter((word) => word !== "");
  const found = new Map<string, { term: string; id: string; category: string }>();
  for (let start = 0; start < words.length; start++) {
    let phrase = "";
    for (let length = 1; length <= matcher.maxWords && start + length <= words.length; length++) {
      phrase = length === 1 ? (words[start] ?? "") : `${phrase} ${words[start + length - 1]}`;
      for (const term of matcher.byNormalized.get(phrase) ?? []) {
        if (!found.has(term.id))
          found.set(term.id, { term: term.term, id: term.id, category: term.category });
      }
    }
  }
  return [...found.values()];
}
