import { createLogger } from "@mirubato/worker-kit";
import { processTermRequest, termRequestMessageSchema } from "./generation.service";
import { createWorkersAiProvider, WORKERS_AI_MODEL } from "./workers-ai-provider";

/**
 * The queue consumer (staging/production): one provider call per message. A malformed message
 * is acknowledged and dropped (retrying cannot fix it); a provider failure is retried by the queue.
 */
export async function handleTermRequests(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const logger = createLogger("dictionary", `queue-${batch.queue}`);
  const ai = env.AI;
  if (!ai) {
    logger.error("term requests received without an AI binding", { count: batch.messages.length });
    batch.retryAll();
    return;
  }
  const provider = createWorkersAiProvider((input) => ai.run(WORKERS_AI_MODEL, input));
  for (const message of batch.messages) {
    const parsed = termRequestMessageSchema.safeParse(message.body);
    if (!parsed.success) {
      message.ack();
      continue;
    }
    try {
      const outcome = await processTermRequest({ db: env.DB, provider, nowMs: Date.now() }, parsed.data);
      logger.info("term request processed", { outcome });
      message.ack();
    } catch (error) {
      logger.error("term request failed", {
        errorMessage: error instanceof Error ? error.message : "unknown",
      });
      message.retry();
    }
  }
}
