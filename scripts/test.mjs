// `npm test`: every check and test, from a fresh clone. Exits non-zero on the first failure.
//   typecheck · lint/format · unit and worker tests (vitest, workerd) · client build and bundle
//   budget · Playwright e2e in Debian's Chromium against a local stack it starts and stops itself.
import {
  clearTestResults,
  playwrightResultFile,
  summarizeTestResults,
  vitestResultFile,
} from "./lib/test-summary.mjs";
import { ensureChromium, installDependencies, run, step, toolEnv } from "./lib/toolchain.mjs";

const startedAt = Date.now();
const timings = [];

async function timed(title, action) {
  step(title);
  const stepStartedAt = Date.now();
  await action();
  timings.push([title, Math.round((Date.now() - stepStartedAt) / 1000)]);
}

clearTestResults();
await timed("Install", installDependencies);
await timed("Chromium", ensureChromium);
await timed("Lint and format (biome)", () => run("biome", ["ci", "."]));
await timed("Typecheck (every workspace, tests included)", () =>
  run("pnpm", ["-r", "--workspace-concurrency=2", "typecheck"]),
);
await timed("Unit and worker tests (vitest, workerd)", () =>
  run("pnpm", [
    "-r",
    "--workspace-concurrency=1",
    "--filter",
    "!@mirubato/e2e",
    "test",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestResultFile}`,
  ]),
);
await timed("Client build and bundle budget", async () => {
  await run("pnpm", ["--filter", "@mirubato/client", "build"]);
  await run("pnpm", ["--filter", "@mirubato/client", "bundle:check"]);
});
await timed("End-to-end (Playwright, Chromium)", () =>
  run("pnpm", ["--filter", "@mirubato/e2e", "e2e", "--reporter=list,json"], {
    env: { ...toolEnv, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightResultFile },
  }),
);

console.log("\nStep times:");
for (const [title, seconds] of timings) console.log(`  ${String(seconds).padStart(4)} s  ${title}`);
console.log(`  ${String(Math.round((Date.now() - startedAt) / 1000)).padStart(4)} s  total`);

const { passed, failed, skipped } = summarizeTestResults();
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
