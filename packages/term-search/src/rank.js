import { editDistance, maxTyposFor } from "./edit-distance.js";

/**
 * Search ranking shared by the worker (candidates from D1) and the client's offline index
 * (candidates from memory), so a query ranks the same online and offline. Tiers, best first:
 * the exact term, an exact equivalent, a prefix of the term (search-as-you-type), the term
 * misspelt by one edit ("alegro"), a prefix of an equivalent, a word inside a multi-word name,
 * other near spellings, then a match in the definition text only. A one-typo term outranks an
 * equivalent's prefix because a musician who types a whole word almost always means a term.
 */
export const MatchScore = {
  exactTerm: 1000,
  exactName: 900,
  prefixTerm: 700,
  prefixName: 600,
  wordTerm: 500,
  wordName: 450,
  typoTerm: 650,
  typoName: 400,
  text: 200,
};

/** @typedef {"exact" | "prefix" | "word" | "typo" | "text"} MatchKind */
/** @typedef {{ score: number, match: MatchKind, name?: import("./term-names.js").TermName }} NameScore */

/**
 * How well one name answers a normalized query, or null when it does not.
 *
 * @param {string} query normalized
 * @param {import("./term-names.js").TermName} name
 * @returns {NameScore | null}
 */
export function scoreName(query, name) {
  const isTerm = name.kind === "term";
  const candidate = name.normalized;
  if (candidate === query)
    return { score: isTerm ? MatchScore.exactTerm : MatchScore.exactName, match: "exact", name };
  const lengthGap = Math.min(50, Math.abs(candidate.length - query.length));
  if (candidate.startsWith(query)) {
    return {
      score: (isTerm ? MatchScore.prefixTerm : MatchScore.prefixName) - lengthGap,
      match: "prefix",
      name,
    };
  }
  if (query.length >= 2 && ` ${candidate}`.includes(` ${query}`)) {
    return { score: (isTerm ? MatchScore.wordTerm : MatchScore.wordName) - lengthGap, match: "word", name };
  }
  const maxTypos = maxTyposFor(Array.from(query).length);
  if (maxTypos === 0) return null;
  const distance = typoDistance(query, candidate, maxTypos);
  if (distance > maxTypos) return null;
  const base = isTerm ? MatchScore.typoTerm : MatchScore.typoName;
  return { score: base - 100 * (distance - 1) - Math.min(20, lengthGap), match: "typo", name };
}

/**
 * Distance to the whole name, or to its beginning while the musician is still typing
 * ("alegr" is one edit from "allegr…"), whichever is smaller.
 *
 * @param {string} query
 * @param {string} candidate
 * @param {number} maxTypos
 */
function typoDistance(query, candidate, maxTypos) {
  let best = editDistance(query, candidate, maxTypos);
  const chars = Array.from(candidate);
  const queryLength = Array.from(query).length;
  for (let length = queryLength - 1; length <= queryLength + 1 && best > 0; length++) {
    if (length < 1 || length >= chars.length) continue;
    // A prefix match costs one more than a whole-name match, so complete words rank first.
    const prefixDistance = editDistance(query, chars.slice(0, length).join(""), maxTypos) + 1;
    if (prefixDistance <= maxTypos) best = Math.min(best, prefixDistance);
  }
  return best;
}

/**
 * A candidate entry: its names, plus its position in a full-text result list when the
 * definition text matched (0 = best).
 * @template T
 * @typedef {{ item: T, names: readonly import("./term-names.js").TermName[], textRank?: number, sortKey: string }} Candidate
 */
/**
 * @template T
 * @typedef {{ item: T, score: number, match: MatchKind, matchedName?: import("./term-names.js").TermName }} RankedHit
 */

/**
 * Scores every candidate by its best name and orders them best first (ties: shorter, then
 * alphabetical `sortKey`, so results are deterministic). `didYouMean` is the name the best hit
 * was found by when that hit is a near spelling.
 *
 * @template T
 * @param {string} query normalized
 * @param {Iterable<Candidate<T>>} candidates
 * @param {number} limit
 * @returns {{ hits: RankedHit<T>[], didYouMean?: string }}
 */
export function rankCandidates(query, candidates, limit) {
  /** @type {Array<RankedHit<T> & { sortKey: string }>} */
  const hits = [];
  for (const candidate of candidates) {
    /** @type {NameScore | null} */
    let best = null;
    for (const name of candidate.names) {
      const score = scoreName(query, name);
      if (score && (!best || score.score > best.score)) best = score;
    }
    if (!best && candidate.textRank !== undefined) {
      best = { score: MatchScore.text - Math.min(100, candidate.textRank), match: "text" };
    }
    if (!best) continue;
    const hit = { item: candidate.item, score: best.score, match: best.match, sortKey: candidate.sortKey };
    hits.push(best.name ? { ...hit, matchedName: best.name } : hit);
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.sortKey.length - b.sortKey.length ||
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
  );
  const top = hits.slice(0, limit).map(({ sortKey: _sortKey, ...hit }) => hit);
  const first = top[0];
  return first?.match === "typo" && first.matchedName
    ? { hits: top, didYouMean: first.matchedName.name }
    : { hits: top };
}
