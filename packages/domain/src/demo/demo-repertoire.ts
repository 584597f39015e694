import type { Mood, PieceStatus } from "@mirubato/schema";

/**
 * The demo pianist's repertoire and vocabulary: real works with their catalogue numbers. Status
 * changes are placed at fractions of the generated range (negative: before it began), so a
 * five-year benchmark library tells the same story as the one-year demo, only slower.
 */
export interface DemoPiece {
  key: string;
  title: string;
  composer: string;
  catalogue: string;
  difficulty: number;
  targetTempoBpm: number;
  /** Each status and where in the range it began. */
  timeline: readonly (readonly [PieceStatus, number])[];
  notes: string;
}

export const demoPieces: readonly DemoPiece[] = [
  {
    key: "bwv-846",
    title: "Prelude and Fugue in C major",
    composer: "Johann Sebastian Bach",
    catalogue: "BWV 846",
    difficulty: 3,
    targetTempoBpm: 72,
    timeline: [
      ["learning", -0.8],
      ["polished", -0.4],
      ["performance_ready", -0.1],
    ],
    notes: "Keep the fugue voices even; the subject should sing in the tenor.",
  },
  {
    key: "bwv-779",
    title: "Invention No. 8 in F major",
    composer: "Johann Sebastian Bach",
    catalogue: "BWV 779",
    difficulty: 2,
    targetTempoBpm: 112,
    timeline: [
      ["learning", -0.3],
      ["polished", 0.15],
      ["performance_ready", 0.4],
    ],
    notes: "Detached eighths, legato sixteenths.",
  },
  {
    key: "k-545",
    title: "Piano Sonata No. 16 in C major, I. Allegro",
    composer: "Wolfgang Amadeus Mozart",
    catalogue: "K. 545",
    difficulty: 2,
    targetTempoBpm: 132,
    timeline: [
      ["learning", -0.5],
      ["polished", -0.05],
    ],
    notes: "Scales in the development: light thumb.",
  },
  {
    key: "op-13-ii",
    title: "Piano Sonata No. 8 'Pathétique', II. Adagio cantabile",
    composer: "Ludwig van Beethoven",
    catalogue: "Op. 13",
    difficulty: 3,
    targetTempoBpm: 54,
    timeline: [
      ["planned", 0],
      ["learning", 0.08],
      ["polished", 0.55],
    ],
    notes: "Melody over the inner voice; pedal changes with the harmony.",
  },
  {
    key: "woo-59",
    title: "Bagatelle in A minor 'Für Elise'",
    composer: "Ludwig van Beethoven",
    catalogue: "WoO 59",
    difficulty: 2,
    targetTempoBpm: 138,
    timeline: [
      ["learning", -0.9],
      ["polished", -0.6],
      ["performance_ready", -0.3],
    ],
    notes: "",
  },
  {
    key: "op-9-2",
    title: "Nocturne in E-flat major",
    composer: "Frédéric Chopin",
    catalogue: "Op. 9 No. 2",
    difficulty: 4,
    targetTempoBpm: 66,
    timeline: [
      ["planned", 0.1],
      ["learning", 0.3],
      ["polished", 0.85],
    ],
    notes: "Rubato in the right hand only; the left keeps time.",
  },
  {
    key: "b-150",
    title: "Waltz in A minor",
    composer: "Frédéric Chopin",
    catalogue: "B. 150",
    difficulty: 2,
    targetTempoBpm: 132,
    timeline: [
      ["learning", 0.02],
      ["polished", 0.25],
      ["performance_ready", 0.5],
    ],
    notes: "",
  },
  {
    key: "op-28-4",
    title: "Prelude in E minor",
    composer: "Frédéric Chopin",
    catalogue: "Op. 28 No. 4",
    difficulty: 2,
    targetTempoBpm: 60,
    timeline: [
      ["learning", -0.2],
      ["polished", 0.1],
      ["performance_ready", 0.35],
    ],
    notes: "Voice the left-hand chords so the moving note is heard.",
  },
  {
    key: "l-75-3",
    title: "Clair de lune",
    composer: "Claude Debussy",
    catalogue: "L. 75/3",
    difficulty: 4,
    targetTempoBpm: 66,
    timeline: [
      ["planned", 0.2],
      ["learning", 0.45],
      ["polished", 0.95],
    ],
    notes: "pp means pp. Listen to the pedal haze in the arpeggios.",
  },
  {
    key: "gymnopedie-1",
    title: "Gymnopédie No. 1",
    composer: "Erik Satie",
    catalogue: "Gymnopédie No. 1",
    difficulty: 1,
    targetTempoBpm: 72,
    timeline: [
      ["learning", 0.05],
      ["performance_ready", 0.2],
    ],
    notes: "",
  },
  {
    key: "op-15-7",
    title: "Träumerei",
    composer: "Robert Schumann",
    catalogue: "Op. 15 No. 7",
    difficulty: 3,
    targetTempoBpm: 80,
    timeline: [
      ["planned", 0.35],
      ["learning", 0.6],
    ],
    notes: "",
  },
  {
    key: "d-899-3",
    title: "Impromptu in G-flat major",
    composer: "Franz Schubert",
    catalogue: "D. 899 No. 3",
    difficulty: 4,
    targetTempoBpm: 60,
    timeline: [
      ["planned", 0.15],
      ["learning", 0.4],
      ["dropped", 0.7],
    ],
    notes: "Too much for now; back to it next year.",
  },
  {
    key: "op-3-2",
    title: "Prelude in C-sharp minor",
    composer: "Sergei Rachmaninoff",
    catalogue: "Op. 3 No. 2",
    difficulty: 5,
    targetTempoBpm: 63,
    timeline: [["planned", 0.8]],
    notes: "For next season.",
  },
];

export const demoTechniques = [
  "scales",
  "arpeggios",
  "Hanon exercises",
  "Czerny études",
  "chord inversions",
  "octaves",
  "trills",
  "sight-reading",
  "pedalling",
  "voicing",
] as const;

export const demoEntryNotes = [
  "",
  "",
  "Slow practice with the metronome, hands separately first.",
  "Bars 12–16 still uneven; practised in rhythms.",
  "Good focus today. Memory held up in the second half.",
  "Tired; kept it short and easy.",
  "Recorded a run-through: too fast in the loud parts.",
  "Worked on fingering in the left hand.",
  "Teacher: more shape in the phrases, less pedal.",
  "Played through everything once for fun.",
  "Chunked the hard passage into two-bar units.",
  "Tempo ladder: +4 bpm per clean repetition.",
] as const;

export const demoTags = [
  "slow practice",
  "metronome",
  "recording",
  "memory",
  "lesson prep",
  "warm-up",
] as const;

export const demoMoods: readonly Mood[] = [
  "satisfied",
  "satisfied",
  "neutral",
  "excited",
  "frustrated",
  "neutral",
];
