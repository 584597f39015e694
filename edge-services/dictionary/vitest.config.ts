import { readdirSync, readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { TEST_SERVICE_KEYS, TEST_SESSION_KEYS } from "@mirubato/session-token/testing";
import { defineConfig } from "vitest/config";
import { buildCuratedStatements, readCuratedTerms } from "./scripts/curated-sql.mjs";

const migrations = await readD1Migrations("./migrations");
// The curated data as it is now (it grows while curators work): raw for the schema test, and as
// the loader's statements for the search tests, which run against the real entries.
const curatedDir = "./data/curated";
const curatedFiles = Object.fromEntries(
  readdirSync(curatedDir)
    .filter((file) => file.endsWith(".json"))
    .map((file): [string, string] => [file, readFileSync(`${curatedDir}/${file}`, "utf8")]),
);
const curatedStatements = buildCuratedStatements(readCuratedTerms(curatedDir).terms);

// Stands in for the api's ApiService behind the API binding: sessions named "ended-…" are over.
const apiStub = `
import { WorkerEntrypoint } from "cloudflare:workers";
export class ApiService extends WorkerEntrypoint {
  async isSessionActive(serviceToken, sessionId) {
    if (typeof serviceToken !== "string" || serviceToken.split(".").length !== 3) throw new Error("no service token");
    return !sessionId.startsWith("ended");
  }
}
export default { fetch() { return new Response("api"); } };
`;

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: migrations,
          TEST_CURATED_FILES: curatedFiles,
          TEST_CURATED_STATEMENTS: curatedStatements,
          SESSION_KEYS: TEST_SESSION_KEYS,
          SERVICE_KEYS: TEST_SERVICE_KEYS,
        },
        // Small enough for a test to reach; wrangler.toml holds the real limit.
        ratelimits: { READ_LIMITER: { simple: { limit: 30, period: 60 } } },
        workers: [{ name: "mirubato-api", modules: true, compatibilityDate: "2026-04-20", script: apiStub }],
      },
    }),
  ],
  // Loading the 705 curated entries takes a few seconds, more on a busy machine.
  test: { setupFiles: ["./src/test-setup/apply-migrations.ts"], silent: "passed-only", hookTimeout: 60_000 },
});
