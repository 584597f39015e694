// Loads the curated dictionary terms into the local dictionary D1 database (after migrations):
// builds one idempotent SQL script from edge-services/dictionary/data/curated/*.json and runs it
// with `wrangler d1 execute --local`. Safe to run on every start: unchanged entries stay as they are.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCuratedSql, readCuratedTerms } from "../../edge-services/dictionary/scripts/curated-sql.mjs";
import { root, run, step, toolEnv } from "./toolchain.mjs";

const dictionaryConfig = "edge-services/dictionary/wrangler.toml";
const curatedDir = join(root, "edge-services", "dictionary", "data", "curated");

/**
 * @param {string} [stateDir] the `--persist-to` folder of the local stack (default `.state/wrangler`)
 * @returns {Promise<{ loaded: number, skipped: number }>}
 */
export async function loadCuratedTerms(stateDir = join(root, ".state", "wrangler")) {
  const { terms, problems } = readCuratedTerms(curatedDir);
  step(`Loading ${terms.length} curated dictionary terms`);
  for (const problem of problems) {
    console.warn(`  skipped ${problem.file}[${problem.index}]: ${problem.message}`);
  }
  const workDir = mkdtempSync(join(tmpdir(), "mirubato-dictionary-"));
  const sqlFile = join(workDir, "curated-terms.sql");
  try {
    writeFileSync(sqlFile, buildCuratedSql(terms));
    await run(
      "wrangler",
      ["d1", "execute", "DB", "--local", "-c", dictionaryConfig, "--persist-to", stateDir, "--file", sqlFile],
      { env: { ...toolEnv, CI: "true" }, stdio: ["ignore", "ignore", "inherit"] },
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return { loaded: terms.length, skipped: problems.length };
}
