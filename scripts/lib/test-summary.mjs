// Adds up what every runner reported (vitest per workspace, Playwright) into one closing line:
// "N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { root } from "./toolchain.mjs";

export const resultsDirName = ".test-results";
export const vitestResultFile = `${resultsDirName}/vitest.json`;
export const playwrightResultFile = join(root, "e2e", resultsDirName, "playwright.json");

function workspaceDirs() {
  const dirs = ["client", "relay", "e2e"];
  for (const group of ["edge-services", "packages"]) {
    for (const name of readdirSync(join(root, group))) dirs.push(join(group, name));
  }
  return dirs.map((dir) => join(root, dir));
}

export function clearTestResults() {
  for (const dir of workspaceDirs()) rmSync(join(dir, resultsDirName), { recursive: true, force: true });
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

export function summarizeTestResults() {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const dir of workspaceDirs()) {
    const vitest = readJson(join(dir, vitestResultFile));
    if (!vitest) continue;
    total.passed += vitest.numPassedTests ?? 0;
    total.failed += vitest.numFailedTests ?? 0;
    total.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  }
  const playwright = readJson(playwrightResultFile);
  if (playwright?.stats) {
    total.passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
    total.failed += playwright.stats.unexpected ?? 0;
    total.skipped += playwright.stats.skipped ?? 0;
  }
  return total;
}
