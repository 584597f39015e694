import type { Logger } from "@mirubato/worker-kit";
import type { ScoreFilesStore } from "../files/score-files.store";
import { scoreMessageSchema } from "./score-message";

/** Dead-letter queues are named after their queue with this suffix (wrangler.toml). */
export const DEAD_LETTER_SUFFIX = "-dlq";

export function isDeadLetterQueue(queueName: string): boolean {
  return queueName.endsWith(DEAD_LETTER_SUFFIX);
}

/**
 * Drains the dead-letter queue: a message whose processing kept failing marks its file
 * `failed/processing_gave_up` (unless it finished meanwhile), so the musician sees an outcome
 * instead of a file pending forever; they can delete it and upload again. Every message is logged
 * at error level (ids only) as the record for inspection, then acked. A message that is not even
 * valid is logged and acked too: there is nowhere further for it to go.
 */
export async function giveUpScoreMessages(
  batch: MessageBatch,
  deps: { store: ScoreFilesStore; logger: Logger; now: () => number },
): Promise<void> {
  for (const message of batch.messages) {
    const parsed = scoreMessageSchema.safeParse(message.body);
    deps.logger.error("score message dead-lettered", {
      messageId: message.id,
      attempts: message.attempts,
      valid: parsed.success,
      fileId: parsed.success ? parsed.data.fileId : null,
    });
    if (parsed.success) {
      const row = await deps.store.findOwned(parsed.data.userId, parsed.data.fileId);
      if (row !== null) {
        await deps.store.finish(
          row.id,
          { status: "failed", failureCode: "processing_gave_up", pageCount: null },
          deps.now(),
        );
      }
    }
    message.ack();
  }
}
