import { createWorkerApp } from "@mirubato/worker-kit";
import packageJson from "../package.json";
import type { DictionaryEnv } from "./env";
import { dictionaryHealthChecks } from "./health-checks";

export const app = createWorkerApp<DictionaryEnv>({
  service: "dictionary",
  version: packageJson.version,
  basePath: "/api/dictionary",
  healthChecks: (c) => dictionaryHealthChecks(c.env),
});

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
