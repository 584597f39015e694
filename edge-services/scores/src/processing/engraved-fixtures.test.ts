import { env } from "cloudflare:workers";
import { scoreFileRecordSchema } from "@mirubato/schema";
import { createLogger } from "@mirubato/worker-kit";
import { describe, expect, test, vi } from "vitest";
import { objectKey } from "../files/score-file";
import { createScoreFilesStore } from "../files/score-files.store";
import { fixturePdf } from "../test-support/fixture-pdfs";
import { call } from "../test-support/session";
import { uploadedFor } from "../test-support/uploaded";
import { processScoreFile } from "./process-score-file";

/** Uploads a fixture, processes it with a dictionary that knows no terms, answers the record. */
async function processed(bytes: Uint8Array) {
  const { userId, cookie, record, message } = await uploadedFor(bytes);
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  await processScoreFile(
    {
      store: createScoreFilesStore(env.DB),
      bucket: env.BUCKET,
      terms: { dictionary: { lookupTerms: () => Promise.resolve([]) }, serviceKeys: env.SERVICE_KEYS },
      logger: createLogger("scores", "test"),
      now: () => Date.now(),
    },
    message,
  );
  log.mockRestore();
  const answer = await call(`/api/scores/files/${record.id}`, { cookie });
  return { userId, record: scoreFileRecordSchema.parse(await answer.json()) };
}

// test-fixtures/*.ly engraved by LilyPond 2.24 (test-fixtures/make-fixtures.sh).
describe("metadata of engraved scores", () => {
  test.each([
    [
      "chopin-prelude.pdf (Info title, composer with lifespan)",
      "chopin-prelude.pdf",
      { title: "Prelude in E minor", composer: "Frédéric Chopin", catalogue: "Op. 28, No. 4" },
    ],
    [
      "bach-prelude.pdf (Info title 'Microsoft Word - prelude.doc')",
      "bach-prelude.pdf",
      { title: "Prelude in C major", composer: "Johann Sebastian Bach", catalogue: "BWV 846" },
    ],
    [
      "mozart-sonata.pdf (Info title 'untitled', LilyPond tagline)",
      "mozart-sonata.pdf",
      { title: "Piano Sonata No. 11", composer: "W. A. Mozart", catalogue: "K. 331" },
    ],
  ])("reads %s from its first page", async (_label, name, expected) => {
    const { record } = await processed(fixturePdf(name));
    expect(record).toMatchObject({ processingStatus: "processed", pageCount: 1 });
    expect(record.suggestions).toEqual({ ...expected, textFound: true, terms: [] });
  });

  test("suggests nothing for music without a header: its glyphs are not text", async () => {
    const { record } = await processed(fixturePdf("no-header.pdf"));
    expect(record).toMatchObject({ processingStatus: "processed", pageCount: 1 });
    expect(record.suggestions).toEqual({ textFound: false, terms: [] });
  });

  test("an image-only scan has its page count and no text found", async () => {
    const { record } = await processed(fixturePdf("image-scan.pdf"));
    expect(record).toMatchObject({ processingStatus: "processed", pageCount: 1 });
    expect(record.suggestions).toEqual({ textFound: false, terms: [] });
  });

  test("a truncated PDF is kept as failed/unreadable, its record saying so", async () => {
    const whole = fixturePdf("chopin-prelude.pdf");
    const { userId, record } = await processed(whole.slice(0, Math.floor(whole.byteLength / 3)));
    expect(record).toMatchObject({ processingStatus: "failed", failureCode: "unreadable", pageCount: null });
    expect(await env.BUCKET.head(objectKey(userId, record.id))).not.toBeNull();
  });
});
