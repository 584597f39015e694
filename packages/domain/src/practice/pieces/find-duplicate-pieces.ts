import type { PieceDoc } from "@mirubato/schema";
import { normalizeText } from "../text/normalize-text";
import { extractCatalogueKeys, removeCatalogueNumbers } from "./catalogue-keys";
import { getComposerKey } from "./composer-names";
import { getBigramSimilarity } from "./text-similarity";

/** What the musician typed for a piece being saved. */
export interface PieceIdentity {
  id?: string;
  title: string;
  composer?: string;
  catalogue?: string;
}

/** A repertoire piece that is probably the same work, with a score from 0 to 1. */
export interface DuplicateCandidate {
  piece: PieceDoc;
  score: number;
}

/** Words that say nothing about which piece it is. */
const fillerWords = new Set([
  "in",
  "the",
  "a",
  "for",
  "no",
  "nr",
  "op",
  "de",
  "en",
  "fur",
  "pour",
  "und",
  "and",
]);

function getTitleWords(title: string): string[] {
  return normalizeText(removeCatalogueNumbers(title))
    .split(" ")
    .filter((word) => word !== "" && !fillerWords.has(word));
}

function getTitleSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const bWords = new Set(b);
  const sharedCount = a.filter((word) => bWords.has(word)).length;
  // "Nocturne" and "Nocturne in E-flat major" name the same work as often as not: containment counts.
  const containment = sharedCount / Math.min(a.length, new Set(b).size);
  return Math.max(getBigramSimilarity(a.join(" "), b.join(" ")), 0.85 * Math.min(1, containment));
}

function getComposerSimilarity(a: string | undefined, b: string | undefined): number | undefined {
  if (a === undefined || b === undefined || a.trim() === "" || b.trim() === "") return undefined;
  const keyA = getComposerKey(a);
  const keyB = getComposerKey(b);
  return keyA === keyB ? 1 : getBigramSimilarity(keyA, keyB);
}

function getCatalogueKeys(identity: PieceIdentity): string[] {
  return extractCatalogueKeys(`${identity.catalogue ?? ""} ${identity.title}`);
}

/**
 * How likely two pieces are the same work, 0 to 1. Equal catalogue numbers by the same composer
 * settle it (0.95 or more); different catalogue numbers rule it out (at most 0.3: Op. 28 No. 4 is
 * not Op. 28 No. 7). Otherwise titles weigh 70 % and composers 30 %; a clearly different composer
 * halves the score.
 *
 * @example
 * scorePieceSimilarity({ title: "Prelude op28/4", composer: "Chopin" }, { title: "Prélude in E minor", catalogue: "Op. 28 No. 4", composer: "F. Chopin" }); // 0.95+
 */
export function scorePieceSimilarity(a: PieceIdentity, b: PieceIdentity): number {
  const titleScore = getTitleSimilarity(getTitleWords(a.title), getTitleWords(b.title));
  const composerScore = getComposerSimilarity(a.composer, b.composer);
  const isComposerDifferent = composerScore !== undefined && composerScore < 0.6;
  const keysA = getCatalogueKeys(a);
  const keysB = new Set(getCatalogueKeys(b));
  if (keysA.length > 0 && keysB.size > 0) {
    if (keysA.some((key) => keysB.has(key))) return isComposerDifferent ? 0.4 : 0.95 + 0.05 * titleScore;
    return Math.min(0.3, titleScore);
  }
  const score = composerScore === undefined ? titleScore * 0.9 : 0.7 * titleScore + 0.3 * composerScore;
  return isComposerDifferent ? score / 2 : score;
}

/**
 * The live repertoire pieces that are probably the same work as the one being saved, best first:
 * the "probable duplicate, use it instead?" warning. The piece itself (same id) is left out.
 *
 * @example
 * findDuplicatePieces({ title: "Nocturne op9/2", composer: "Chopin" }, pieces)[0]?.piece.title;
 */
export function findDuplicatePieces(
  identity: PieceIdentity,
  pieces: readonly PieceDoc[],
  options: { minScore?: number; maxCount?: number } = {},
): DuplicateCandidate[] {
  const minScore = options.minScore ?? 0.75;
  const candidates: DuplicateCandidate[] = [];
  for (const piece of pieces) {
    if (piece._deleted || piece.id === identity.id) continue;
    const score = scorePieceSimilarity(identity, toIdentity(piece));
    if (score >= minScore) candidates.push({ piece, score: Math.round(score * 100) / 100 });
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates.slice(0, options.maxCount ?? 5);
}

function toIdentity(piece: PieceDoc): PieceIdentity {
  const identity: PieceIdentity = { id: piece.id, title: piece.title };
  if (piece.composer !== undefined) identity.composer = piece.composer;
  if (piece.catalogue !== undefined) identity.catalogue = piece.catalogue;
  return identity;
}
