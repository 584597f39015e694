import { createWorkerApp } from "@mirubato/worker-kit";
import packageJson from "../package.json";
import type { DictionaryEnv } from "./env";
import { flagRoutes } from "./feedback/flags.routes";
import { generationRoutes } from "./generation/generation.routes";
import { handleTermRequests } from "./generation/term-request-consumer";
import { dictionaryHealthChecks } from "./health-checks";
import { termRoutes } from "./terms/terms.routes";

export const app = createWorkerApp<DictionaryEnv>({
  service: "dictionary",
  version: packageJson.version,
  basePath: "/api/dictionary",
  healthChecks: (c) => dictionaryHealthChecks(c.env),
});
app.route("/api/dictionary", termRoutes);
app.route("/api/dictionary", flagRoutes);
app.route("/api/dictionary", generationRoutes);

export { DictionaryService } from "./rpc/dictionary-service";
export default { fetch: app.fetch, queue: handleTermRequests } satisfies ExportedHandler<Env>;
