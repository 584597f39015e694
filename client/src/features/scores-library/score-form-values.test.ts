import type { ScoreFileRecord } from "@mirubato/schema";
import { scoreContentSchema } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { scoreFileRecord } from "../../api/score-file.fixtures";
import {
  addTag,
  emptyScoreFormValues,
  startReview,
  titleFromFileName,
  toNewScoreContent,
  validateScoreForm,
} from "./score-form-values";

function processed(suggestions: ScoreFileRecord["suggestions"], pageCount = 4): ScoreFileRecord {
  return scoreFileRecord({ id: "file-7", processingStatus: "processed", pageCount, suggestions });
}

describe("startReview", () => {
  test("pre-fills title, composer and catalogue from the suggestions and offers terms as tags", () => {
    const review = startReview(
      processed({
        title: "Nocturne in E-flat major",
        composer: "Frédéric Chopin",
        catalogue: "Op. 9 No. 2",
        textFound: true,
        terms: [
          { term: "andante", id: "t1", category: "tempo" },
          { term: "dolce", id: "t2", category: "expression" },
          { term: "andante", id: "t1", category: "tempo" },
        ],
      }),
      "nocturne.pdf",
    );
    expect(review.values).toMatchObject({
      title: "Nocturne in E-flat major",
      composer: "Frédéric Chopin",
      catalogue: "Op. 9 No. 2",
      tags: [],
    });
    expect(review.suggestedTags).toEqual(["andante", "dolce"]);
    expect(review.isTextMissing).toBe(false);
  });

  test("a scan with no text gets the file name as its title and says no text was found", () => {
    const review = startReview(processed({ textFound: false, terms: [] }), "Gymnopedie_No_1.pdf");
    expect(review.values.title).toBe("Gymnopedie No 1");
    expect(review.values.composer).toBe("");
    expect(review.isTextMissing).toBe(true);
  });

  test("a PDF record without suggestions is not called a scan; a photo is", () => {
    expect(startReview(processed(null), "etude.pdf").isTextMissing).toBe(false);
    const photo = { ...processed({ terms: [] }), contentType: "image/jpeg" as const };
    expect(startReview(photo, "etude.jpg").isTextMissing).toBe(true);
  });
});

test("titleFromFileName drops the extension and underscores", () => {
  expect(titleFromFileName("Clair_de_lune.final.pdf")).toBe("Clair de lune.final");
  expect(titleFromFileName(".pdf")).toBe(".pdf");
});

test("addTag trims, ignores blanks and duplicates", () => {
  expect(addTag(["dolce"], "  legato ")).toEqual(["dolce", "legato"]);
  expect(addTag(["dolce"], "dolce")).toEqual(["dolce"]);
  expect(addTag(["dolce"], "   ")).toEqual(["dolce"]);
});

test("validateScoreForm requires a title and a difficulty of 1 to 5", () => {
  expect(validateScoreForm({ ...emptyScoreFormValues, title: " " })).toEqual({ title: "required" });
  expect(validateScoreForm({ ...emptyScoreFormValues, title: "A", difficulty: "6" })).toEqual({
    difficulty: "invalid",
  });
});

describe("toNewScoreContent", () => {
  test("one valid scores document per file: fileId, pageCount and source from the upload", () => {
    const content = toNewScoreContent(
      {
        ...emptyScoreFormValues,
        title: " Nocturne ",
        composer: "Chopin",
        stylePeriod: "romantic",
        difficulty: "3",
        tags: ["dolce"],
      },
      processed(null, 6),
      "upload",
    );
    expect(content).toEqual({
      title: "Nocturne",
      composer: "Chopin",
      stylePeriod: "romantic",
      difficulty: 3,
      tags: ["dolce"],
      source: "upload",
      isFavorite: false,
      fileId: "file-7",
      pageCount: 6,
    });
    expect(scoreContentSchema.safeParse(content).success).toBe(true);
  });

  test("leaves out empty optional fields and a missing page count", () => {
    const content = toNewScoreContent(
      { ...emptyScoreFormValues, title: "Scan" },
      processed(null, 1),
      "images",
    );
    expect(Object.keys(content).sort()).toEqual([
      "fileId",
      "isFavorite",
      "pageCount",
      "source",
      "tags",
      "title",
    ]);
  });
});
