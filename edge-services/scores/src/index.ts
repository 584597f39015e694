import { createLogger, createWorkerApp } from "@mirubato/worker-kit";
import packageJson from "../package.json";
import type { ScoresEnv } from "./env";
import { scoresHealthChecks } from "./health-checks";
import { consumeScoreMessages, type ProcessScoreMessage } from "./processing/consume-score-messages";

const SERVICE = "scores";

export const app = createWorkerApp<ScoresEnv>({
  service: SERVICE,
  version: packageJson.version,
  basePath: "/api/scores",
  healthChecks: (c) => scoresHealthChecks(c.env),
});

export default {
  fetch: app.fetch,
  async queue(batch, _env, _ctx) {
    const logger = createLogger(SERVICE, `queue:${batch.queue}`);
    // Page counting, text extraction and thumbnails arrive with the score-processing issue; until
    // then a valid message only records that it reached the consumer.
    const process: ProcessScoreMessage = async (message) => {
      logger.info("score message received", { type: message.type, fileId: message.fileId });
    };
    await consumeScoreMessages(batch, { process, logger });
  },
} satisfies ExportedHandler<Env>;
