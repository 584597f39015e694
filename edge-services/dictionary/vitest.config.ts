import { readdirSync, readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
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

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: migrations,
          TEST_CURATED_FILES: curatedFiles,
          TEST_CURATED_STATEMENTS: curatedStatements,
        },
      },
    }),
  ],
  test: { setupFiles: ["./src/test-setup/apply-migrations.ts"], silent: "passed-only" },
});
