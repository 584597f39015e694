import { fixtureDocument } from "./fixture-document";
import type { GoalDoc } from "./goal.schema";
import type { PieceDoc } from "./piece.schema";
import type { PlanOccurrenceDoc } from "./plan-occurrence.schema";
import type { PracticeEntryDoc } from "./practice-entry.schema";
import type { PracticePlanDoc } from "./practice-plan.schema";

export const fixtureIds = {
  pieceBach: "01955b3a-6c00-7000-8000-000000000001",
  pieceChopin: "01955b3a-6c00-7000-8000-000000000002",
  entry: "01955b3a-6c00-7000-8000-000000000010",
  goal: "01955b3a-6c00-7000-8000-000000000020",
  milestone: "01955b3a-6c00-7000-8000-000000000021",
  plan: "01955b3a-6c00-7000-8000-000000000030",
  segment: "01955b3a-6c00-7000-8000-000000000031",
  occurrence: "01955b3a-6c00-7000-8000-000000000040",
  score: "01955b3a-6c00-7000-8000-000000000050",
  collection: "01955b3a-6c00-7000-8000-000000000060",
  annotation: "01955b3a-6c00-7000-8000-000000000070",
  preset: "01955b3a-6c00-7000-8000-000000000080",
} as const;

export const pieceFixtures: PieceDoc[] = [
  fixtureDocument(fixtureIds.pieceBach, {
    title: "Prelude in C major",
    composer: "Johann Sebastian Bach",
    catalogue: "BWV 846",
    instrument: "piano",
    status: "polished",
    statusHistory: [
      { status: "learning", changedAt: "2026-01-10T18:00:00.000Z" },
      { status: "polished", changedAt: "2026-02-20T18:00:00.000Z" },
    ],
    difficulty: 2,
    targetTempoBpm: 72,
    notes: "Keep the broken chords even; voice the top note.",
    links: [{ url: "https://imslp.org/wiki/Das_wohltemperierte_Klavier_I,_BWV_846-869", label: "IMSLP" }],
    scoreIds: [fixtureIds.score],
  }),
  fixtureDocument(
    fixtureIds.pieceChopin,
    {
      title: "Nocturne in E-flat major",
      composer: "Frédéric Chopin",
      catalogue: "Op. 9 No. 2",
      instrument: "piano",
      status: "dropped",
      statusHistory: [],
      notes: "",
      links: [],
      scoreIds: [],
    },
    { isDeleted: true },
  ),
];

export const practiceEntryFixtures: PracticeEntryDoc[] = [
  fixtureDocument(fixtureIds.entry, {
    startedAt: "2026-03-01T23:30:00.000Z",
    localDate: "2026-03-01",
    timeZone: "America/Los_Angeles",
    durationSec: 2700,
    type: "practice",
    instrument: "piano",
    pieces: [{ pieceId: fixtureIds.pieceBach, tempoBpm: 66 }],
    techniques: ["scales", "arpeggios"],
    mood: "satisfied",
    notes: "Left hand finally relaxed in bars 12–15.",
    tags: ["evening"],
    goalIds: [fixtureIds.goal],
    source: "timer",
    planOccurrenceId: fixtureIds.occurrence,
  }),
];

export const goalFixtures: GoalDoc[] = [
  fixtureDocument(fixtureIds.goal, {
    title: "Practise 30 minutes a day",
    kind: "practice_time",
    targetValue: 30,
    targetUnit: "minutes",
    period: "day",
    status: "active",
    milestones: [
      { id: fixtureIds.milestone, title: "First full week", targetDate: "2026-03-08", isDone: false },
    ],
  }),
];

export const practicePlanFixtures: PracticePlanDoc[] = [
  fixtureDocument(fixtureIds.plan, {
    title: "Weekday warm-up",
    description: "Short technical routine before repertoire.",
    timeZone: "Europe/Berlin",
    schedule: {
      kind: "recurring",
      frequency: "weekly",
      interval: 1,
      daysOfWeek: [1, 2, 3, 4, 5],
      startDate: "2026-03-02",
      startTime: "07:30",
      until: "2026-06-30",
    },
    segments: [
      {
        id: fixtureIds.segment,
        label: "Scales",
        minutes: 10,
        pieceIds: [],
        techniques: ["scales"],
        tempoTargets: [{ tempoBpm: 96 }],
      },
    ],
    reflectionPrompts: ["What felt easiest today?"],
    status: "active",
  }),
];

export const planOccurrenceFixtures: PlanOccurrenceDoc[] = [
  fixtureDocument(fixtureIds.occurrence, {
    planId: fixtureIds.plan,
    localDate: "2026-03-02",
    scheduledStart: "2026-03-02T06:30:00.000Z",
    scheduledEnd: "2026-03-02T06:50:00.000Z",
    status: "completed",
    checkInResponses: [{ prompt: "What felt easiest today?", response: "C major, hands together." }],
    entryId: fixtureIds.entry,
  }),
];
