import { createLogger, createWorkerApp } from "@mirubato/worker-kit";
import packageJson from "../package.json";
import type { ScoresBindings, ScoresEnv } from "./env";
import { mountScoreFileRoutes } from "./files/score-files.routes";
import { createScoreFilesStore } from "./files/score-files.store";
import { scoresHealthChecks } from "./health-checks";
import { consumeScoreMessages } from "./processing/consume-score-messages";
import { giveUpScoreMessages, isDeadLetterQueue } from "./processing/give-up-score-messages";
import { processScoreFile } from "./processing/process-score-file";

export { ScoresService } from "./service/scores-service";

const SERVICE = "scores";

export const app = createWorkerApp<ScoresEnv>({
  service: SERVICE,
  version: packageJson.version,
  basePath: "/api/scores",
  healthChecks: (c) => scoresHealthChecks(c.env),
});
mountScoreFileRoutes(app);

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    const logger = createLogger(SERVICE, `queue:${batch.queue}`);
    if (isDeadLetterQueue(batch.queue)) {
      await giveUpScoreMessages(batch, {
        store: createScoreFilesStore(env.DB),
        logger,
        now: () => Date.now(),
      });
      return;
    }
    const deps = {
      store: createScoreFilesStore(env.DB),
      bucket: env.BUCKET,
      terms: { dictionary: env.DICTIONARY, serviceKeys: env.SERVICE_KEYS },
      logger,
      now: () => Date.now(),
    };
    await consumeScoreMessages(batch, { process: (message) => processScoreFile(deps, message), logger });
  },
} satisfies ExportedHandler<ScoresBindings>;
