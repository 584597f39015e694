/**
 * A seeded, realistic logbook for benchmarks and load tests: a repertoire of pieces and entries
 * spread over several years, most days practised, in two zones. Same seed, same documents.
 */
import { fixtureDocument, type PieceDoc, type PracticeEntryDoc, type PracticeType } from "@mirubato/schema";
import { addDays } from "../time/local-date-math";

/** A small deterministic PRNG (mulberry32): benchmarks must not depend on Math.random. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function createSyntheticId(kind: number, n: number): string {
  return `01955b3a-6c00-7000-8${kind}00-${n.toString(16).padStart(12, "0")}`;
}

const composers = [
  "Johann Sebastian Bach",
  "Frédéric Chopin",
  "Claude Debussy",
  "Franz Schubert",
  "Pyotr Tchaikovsky",
];
const types: readonly PracticeType[] = [
  "practice",
  "practice",
  "practice",
  "technique",
  "lesson",
  "performance",
];
const tags = ["morning", "evening", "exam", "slow practice", "memory"];

/**
 * `entryCount` entries and `pieceCount` pieces, the entries spread evenly over `years` years
 * ending on `endDate`.
 *
 * @example
 * const { entries, pieces } = createSyntheticPractice({ entryCount: 10_000 });
 */
export function createSyntheticPractice(
  options: { entryCount?: number; pieceCount?: number; years?: number; endDate?: string; seed?: number } = {},
): { entries: PracticeEntryDoc[]; pieces: PieceDoc[] } {
  const random = createRandom(options.seed ?? 42);
  const pick = <Value>(values: readonly Value[]): Value => {
    const value = values[Math.floor(random() * values.length)];
    if (value === undefined) throw new RangeError("nothing to pick from");
    return value;
  };
  const pieces = Array.from({ length: options.pieceCount ?? 60 }, (_, n) =>
    fixtureDocument(createSyntheticId(1, n), {
      title: `Piece ${n + 1}`,
      composer: pick(composers),
      instrument: n % 5 === 0 ? "violin" : "piano",
      status: "learning" as const,
      statusHistory: [],
      notes: "",
      links: [],
      scoreIds: [],
    }),
  );
  const entryCount = options.entryCount ?? 10_000;
  const spanDays = Math.round((options.years ?? 5) * 365);
  const firstDate = addDays(options.endDate ?? "2026-03-01", -spanDays);
  const entries = Array.from({ length: entryCount }, (_, n) => {
    const localDate = addDays(firstDate, Math.floor((n * spanDays) / entryCount));
    const hour = 6 + Math.floor(random() * 16);
    const piece = pick(pieces);
    return fixtureDocument(createSyntheticId(2, n), {
      startedAt: `${localDate}T${String(hour).padStart(2, "0")}:00:00.000Z`,
      localDate,
      timeZone: n % 7 === 0 ? "America/New_York" : "Europe/Berlin",
      durationSec: 300 + Math.floor(random() * 5400),
      type: pick(types),
      instrument: piece.instrument,
      pieces:
        random() < 0.3 ? [{ pieceId: piece.id }, { pieceId: pick(pieces).id }] : [{ pieceId: piece.id }],
      techniques: [],
      notes: "",
      tags: random() < 0.5 ? [pick(tags)] : [],
      goalIds: [],
      source: "manual" as const,
    });
  });
  return { entries, pieces };
}
