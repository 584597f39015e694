import type { Logger } from "@mirubato/worker-kit";
import { type ScoreMessage, scoreMessageSchema } from "./score-message";

/** Handles one valid message; throws (or rejects) when the work should be tried again. */
export type ProcessScoreMessage = (message: ScoreMessage) => Promise<void>;

export interface ConsumeDeps {
  process: ProcessScoreMessage;
  logger: Logger;
}

/** Seconds before a failed message is redelivered: 10 s, 20 s, 40 s, … capped at 10 minutes. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(10 * 2 ** Math.max(attempts - 1, 0), 600);
}

/**
 * Acks or retries every message of a batch explicitly, one by one, so one bad message never
 * redelivers its neighbours.
 *
 * - A message that fails validation is retried, not acked: after the consumer's `max_retries`
 *   it lands in the dead-letter queue, where it can be inspected instead of silently vanishing
 *   (a producer bug or a message kind deployed ahead of its consumer).
 * - A message whose processing throws is retried with a growing delay, for the same reason.
 */
export async function consumeScoreMessages(batch: MessageBatch, deps: ConsumeDeps): Promise<void> {
  for (const message of batch.messages) {
    const parsed = scoreMessageSchema.safeParse(message.body);
    if (!parsed.success) {
      deps.logger.warn("invalid score message", { messageId: message.id, attempts: message.attempts });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      continue;
    }
    try {
      await deps.process(parsed.data);
      message.ack();
    } catch (error) {
      deps.logger.error("score message failed", {
        messageId: message.id,
        type: parsed.data.type,
        attempts: message.attempts,
        errorMessage: error instanceof Error ? error.message : "unknown",
      });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}
