import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { createLogger } from "@mirubato/worker-kit";
import { describe, expect, test, vi } from "vitest";
import worker from "../index";
import { scoresBindings } from "../test-support/bindings";
import { consumeScoreMessages, retryDelaySeconds } from "./consume-score-messages";

const QUEUE = "mirubato-score-processing";
const valid = { type: "score_file.uploaded", fileId: "f1", userId: "u1" };

function batchOf(...bodies: unknown[]) {
  return createMessageBatch(
    QUEUE,
    bodies.map((body, index) => ({ id: `m${index}`, timestamp: new Date(), attempts: 1, body })),
  );
}

describe("score queue consumer", () => {
  test("acks valid messages and retries invalid ones explicitly", async () => {
    const batch = batchOf(valid, { type: "score_file.unknown", fileId: "f2" }, "not an object");
    const ctx = createExecutionContext();
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await worker.queue(batch, scoresBindings());
    log.mockRestore();
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(["m0"]);
    expect(result.retryMessages.map((message: { msgId: string }) => message.msgId)).toEqual(["m1", "m2"]);
  });

  test("retries a message whose processing fails, without redelivering its neighbours", async () => {
    const batch = batchOf(valid, { ...valid, fileId: "boom" });
    const ctx = createExecutionContext();
    const logError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await consumeScoreMessages(batch, {
      logger: createLogger("scores", "test"),
      process: async (message) => {
        if (message.fileId === "boom") throw new Error("R2 read failed");
      },
    });
    logError.mockRestore();
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(["m0"]);
    expect(result.retryMessages.map((message: { msgId: string }) => message.msgId)).toEqual(["m1"]);
  });

  test("backs off exponentially up to ten minutes", () => {
    expect([1, 2, 3, 10].map(retryDelaySeconds)).toEqual([10, 20, 40, 600]);
  });
});
