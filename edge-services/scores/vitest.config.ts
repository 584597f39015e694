import { readdirSync, readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { TEST_SERVICE_KEYS, TEST_SESSION_KEYS } from "@mirubato/session-token/testing";
import { defineConfig } from "vitest/config";
import { apiStub, dictionaryStub } from "./src/test-setup/service-stubs";

const migrations = await readD1Migrations("./migrations");

// The engraved and scanned PDFs of test-fixtures/, base64 by file name: workerd has no file system.
const fixturePdfs = Object.fromEntries(
  readdirSync("./test-fixtures")
    .filter((name) => name.endsWith(".pdf"))
    .map((name) => [name, readFileSync(`./test-fixtures/${name}`).toString("base64")]),
);

const stubWorker = (name: string, script: string) => ({
  name,
  modules: true,
  compatibilityDate: "2026-04-20",
  script,
  bindings: { SERVICE_KEYS: TEST_SERVICE_KEYS },
});

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: migrations,
          TEST_FIXTURE_PDFS: fixturePdfs,
          SESSION_KEYS: TEST_SESSION_KEYS,
          SERVICE_KEYS: TEST_SERVICE_KEYS,
        },
        serviceBindings: {
          TEST_API: { name: "mirubato-api", entrypoint: "ApiService" },
          TEST_DICTIONARY: { name: "mirubato-dictionary", entrypoint: "DictionaryService" },
        },
        workers: [stubWorker("mirubato-api", apiStub), stubWorker("mirubato-dictionary", dictionaryStub)],
      },
    }),
  ],
  // Generous per-test limit: workerd loads pdf.js on first use, and the machine may be busy.
  test: { setupFiles: ["./src/test-setup/apply-migrations.ts"], silent: "passed-only", testTimeout: 30_000 },
});
