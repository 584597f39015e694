import type {
  AnnotationDoc,
  GoalDoc,
  PieceDoc,
  PlanOccurrenceDoc,
  PracticeEntryDoc,
  PracticePlanDoc,
  ScoreCollectionDoc,
  ScoreDoc,
  SettingsDoc,
} from "@mirubato/schema";
import type { ExtractDocumentTypeFromTypedRxJsonSchema } from "rxdb";
import { expectTypeOf, test } from "vitest";
import type { annotationsSchema } from "./annotations.collection";
import type { goalsSchema } from "./goals.collection";
import type { piecesSchema } from "./pieces.collection";
import type { planOccurrencesSchema } from "./plan-occurrences.collection";
import type { practiceEntriesSchema } from "./practice-entries.collection";
import type { practicePlansSchema } from "./practice-plans.collection";
import type { scoreCollectionsSchema } from "./score-collections.collection";
import type { scoresSchema } from "./scores.collection";
import type { settingsSchema } from "./settings.collection";

// ADR 0004: each hand-written RxDB literal must describe exactly the zod document type. Vitest's
// type equality treats `x?: T` and `x?: T | undefined` alike, which is the one difference between
// RxDB's derived types and zod's under exactOptionalPropertyTypes.
type RxDoc<Schema> = ExtractDocumentTypeFromTypedRxJsonSchema<Schema>;

test("practice_entries schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof practiceEntriesSchema>>().toEqualTypeOf<PracticeEntryDoc>();
});
test("pieces schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof piecesSchema>>().toEqualTypeOf<PieceDoc>();
});
test("goals schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof goalsSchema>>().toEqualTypeOf<GoalDoc>();
});
test("practice_plans schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof practicePlansSchema>>().toEqualTypeOf<PracticePlanDoc>();
});
test("plan_occurrences schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof planOccurrencesSchema>>().toEqualTypeOf<PlanOccurrenceDoc>();
});
test("scores schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof scoresSchema>>().toEqualTypeOf<ScoreDoc>();
});
test("score_collections schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof scoreCollectionsSchema>>().toEqualTypeOf<ScoreCollectionDoc>();
});
test("annotations schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof annotationsSchema>>().toEqualTypeOf<AnnotationDoc>();
});
test("settings schema matches the zod document", () => {
  expectTypeOf<RxDoc<typeof settingsSchema>>().toEqualTypeOf<SettingsDoc>();
});
