import type { AnnotationDoc } from "./annotation.schema";
import { fixtureDocument } from "./fixture-document";
import { fixtureIds } from "./practice.fixtures";
import type { ScoreDoc } from "./score.schema";
import type { ScoreCollectionDoc } from "./score-collection.schema";
import { type SettingsDoc, settingsDocumentId } from "./settings.schema";

export const scoreFixtures: ScoreDoc[] = [
  fixtureDocument(fixtureIds.score, {
    title: "The Well-Tempered Clavier, Book I",
    subtitle: "Prelude and Fugue No. 1",
    composer: "Johann Sebastian Bach",
    catalogue: "BWV 846",
    instrument: "piano",
    difficulty: 2,
    stylePeriod: "baroque",
    key: "C major",
    tags: ["keyboard"],
    pageCount: 4,
    fileId: "f_01955b3a6c00",
    source: "upload",
    isFavorite: true,
    lastOpenedAt: "2026-03-01T23:31:00.000Z",
    readingState: { pageIndex: 1 },
  }),
];

export const scoreCollectionFixtures: ScoreCollectionDoc[] = [
  fixtureDocument(fixtureIds.collection, {
    name: "Spring recital",
    kind: "setlist",
    description: "In performance order.",
    scoreIds: [fixtureIds.score],
  }),
];

export const annotationFixtures: AnnotationDoc[] = [
  fixtureDocument(fixtureIds.annotation, {
    scoreId: fixtureIds.score,
    pageIndex: 0,
    layer: "fingering",
    mark: {
      kind: "stroke",
      points: [
        [0.12, 0.3],
        [0.14, 0.31],
        [0.16, 0.3],
      ],
      color: "#d32f2f",
      widthRatio: 0.004,
    },
  }),
];

export const settingsFixtures: SettingsDoc[] = [
  fixtureDocument(settingsDocumentId, {
    language: "en",
    theme: "system",
    primaryInstrument: "piano",
    customInstruments: ["harpsichord"],
    weekStartDay: 1,
    dailyGoalMinutes: 30,
    metronomePresets: [
      {
        id: fixtureIds.preset,
        name: "Slow practice",
        tempoBpm: 60,
        beatsPerBar: 4,
        subdivision: 2,
        isAccentOnFirstBeat: true,
      },
    ],
  }),
];
