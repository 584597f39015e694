import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { type ScoreFileRecord, scoreFileRecordSchema } from "@mirubato/schema";
import { createLogger } from "@mirubato/worker-kit";
import { describe, expect, test, vi } from "vitest";
import type { TermDictionary } from "../env";
import { MAX_PDF_PAGES } from "../files/file-kind";
import { objectKey } from "../files/score-file";
import { createScoreFilesStore } from "../files/score-files.store";
import worker from "../index";
import { scoresBindings } from "../test-support/bindings";
import { PNG_1X1, tinyPdf } from "../test-support/fixtures";
import { call } from "../test-support/session";
import { uploadedFor } from "../test-support/uploaded";
import { processScoreFile } from "./process-score-file";
import type { ScoreMessage } from "./score-message";

const QUEUE = "mirubato-score-processing";

async function recordOf(cookie: string, id: string): Promise<ScoreFileRecord> {
  return scoreFileRecordSchema.parse(await (await call(`/api/scores/files/${id}`, { cookie })).json());
}

function depsWith(dictionary: TermDictionary) {
  return {
    store: createScoreFilesStore(env.DB),
    bucket: env.BUCKET,
    terms: { dictionary, serviceKeys: env.SERVICE_KEYS },
    logger: createLogger("scores", "test"),
    now: () => Date.now(),
  };
}

/** Delivers messages to the worker's real queue handler with its real bindings. */
async function deliver(...messages: ScoreMessage[]) {
  return deliverTo(QUEUE, messages);
}

async function deliverTo(queue: string, messages: unknown[]) {
  const batch = createMessageBatch(
    queue,
    messages.map((body, index) => ({ id: `m${index}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  const logError = vi.spyOn(console, "error").mockImplementation(() => undefined);
  await worker.queue(batch, scoresBindings());
  log.mockRestore();
  logError.mockRestore();
  return getQueueResult(batch, ctx);
}

const scorePdf = tinyPdf({
  pages: ["Sonatina in C. Allegro", "dolce, poco rit. a tempo", "Fine"],
  title: "Sonatina Op. 36 No. 1",
  author: "Muzio Clementi",
});

describe("processing a score file", () => {
  test("counts a PDF's pages and suggests its title, composer and the terms the dictionary knows", async () => {
    const { cookie, record, message } = await uploadedFor(scorePdf);
    const result = await deliver(message);
    expect(result.explicitAcks).toEqual(["m0"]);
    const processed = await recordOf(cookie, record.id);
    expect(processed).toMatchObject({ processingStatus: "processed", pageCount: 3, failureCode: null });
    expect(processed.processedAt).not.toBeNull();
    expect(processed.suggestions).toEqual({
      title: "Sonatina Op. 36 No. 1",
      composer: "Muzio Clementi",
      catalogue: "Op. 36 No. 1",
      textFound: true,
      terms: [
        { term: "allegro", id: "term-allegro", category: "tempo" },
        { term: "dolce", id: "term-dolce", category: "expression" },
        { term: "a tempo", id: "term-a-tempo", category: "tempo" },
      ],
    });
  });

  test("a redelivered message changes nothing, even in the same batch", async () => {
    const { cookie, record, message } = await uploadedFor(tinyPdf({ pages: ["one", "two"] }));
    const first = await deliver(message, message);
    expect(first.explicitAcks).toEqual(["m0", "m1"]);
    const once = await recordOf(cookie, record.id);
    const again = await deliver(message);
    expect(again.explicitAcks).toEqual(["m0"]);
    expect(await recordOf(cookie, record.id)).toEqual(once);
    expect(once.pageCount).toBe(2);
  });

  test("an image is one page", async () => {
    const { cookie, record, message } = await uploadedFor(PNG_1X1);
    await deliver(message);
    expect(await recordOf(cookie, record.id)).toMatchObject({ processingStatus: "processed", pageCount: 1 });
  });

  test("still processes the PDF when the dictionary fails, without term suggestions", async () => {
    const { cookie, record, message } = await uploadedFor(tinyPdf({ pages: ["Allegro"], title: "Study" }));
    const warn = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await processScoreFile(
      depsWith({
        lookupTerms: () => Promise.reject(new Error("dictionary unavailable")),
      }),
      message,
    );
    warn.mockRestore();
    expect(await recordOf(cookie, record.id)).toMatchObject({
      processingStatus: "processed",
      pageCount: 1,
      suggestions: { title: "Study", terms: [] },
    });
  });

  test("ignores a dictionary answer that is not a list of terms", async () => {
    const { cookie, record, message } = await uploadedFor(tinyPdf({ pages: ["Allegro moderato"] }));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await processScoreFile(depsWith({ lookupTerms: () => Promise.resolve([{ term: "allegro" }]) }), message);
    log.mockRestore();
    expect((await recordOf(cookie, record.id)).suggestions).toEqual({ textFound: true, terms: [] });
  });

  test(`refuses a PDF over ${MAX_PDF_PAGES} pages: failed with too_many_pages and its bytes removed`, async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 1 }, (_, index) => `page ${index + 1}`);
    const { userId, cookie, record, message } = await uploadedFor(tinyPdf({ pages }));
    expect((await deliver(message)).explicitAcks).toEqual(["m0"]);
    expect(await recordOf(cookie, record.id)).toMatchObject({
      processingStatus: "failed",
      failureCode: "too_many_pages",
      pageCount: MAX_PDF_PAGES + 1,
    });
    expect(await env.BUCKET.head(objectKey(userId, record.id))).toBeNull();
    expect((await call(`/api/scores/files/${record.id}/content`, { cookie })).status).toBe(404);
  });

  test("marks a file that is a PDF only by its first bytes as unreadable, without retrying", async () => {
    const { cookie, record, message } = await uploadedFor(
      new TextEncoder().encode("%PDF-1.7\nthis is not a PDF"),
    );
    expect((await deliver(message)).explicitAcks).toEqual(["m0"]);
    expect(await recordOf(cookie, record.id)).toMatchObject({
      processingStatus: "failed",
      failureCode: "unreadable",
    });
  });

  test("acks a message whose file was deleted before processing", async () => {
    const { cookie, record, message } = await uploadedFor(tinyPdf({ pages: ["gone"] }));
    expect((await call(`/api/scores/files/${record.id}`, { method: "DELETE", cookie })).status).toBe(204);
    const result = await deliver(message);
    expect(result.explicitAcks).toEqual(["m0"]);
    expect(result.retryMessages).toEqual([]);
  });

  test("a dead-lettered message marks its file failed, leaves a finished file alone, and is acked", async () => {
    const stuck = await uploadedFor(tinyPdf({ pages: ["stuck"] }));
    const done = await uploadedFor(PNG_1X1);
    await deliver(done.message);
    const result = await deliverTo(`${QUEUE}-dlq`, [stuck.message, done.message, "not a message"]);
    expect(result.explicitAcks).toEqual(["m0", "m1", "m2"]);
    expect(await recordOf(stuck.cookie, stuck.record.id)).toMatchObject({
      processingStatus: "failed",
      failureCode: "processing_gave_up",
    });
    expect(await recordOf(done.cookie, done.record.id)).toMatchObject({
      processingStatus: "processed",
      pageCount: 1,
    });
  });
});
