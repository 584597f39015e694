/**
 * Bundle budget check: `pnpm bundle:check` after `vite build`. Prints the gzipped first-load JS of the
 * app shell and what each lazy chunk adds, writes dist/bundle-report.json, and exits 1 when the shell
 * is over budget. Heavy features (PDF viewer, charts, audio) must stay behind route or dynamic imports.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { computeBundleReport, parseManifest } from "./compute-bundle-report.mjs";

/**
 * 170 KB gzipped (1 KB = 1024 bytes) of JS before the shell renders: React, the router, the shell UI
 * and, later, RxDB's core must fit, which keeps first load fast on a mid-range phone over 3G.
 */
const SHELL_LIMIT_BYTES = 170 * 1024;

const distDir = new URL("../dist/", import.meta.url);
const manifest = parseManifest(JSON.parse(readFileSync(new URL(".vite/manifest.json", distDir), "utf8")));
/** @param {string} file */
const gzipSizeOf = (file) => gzipSync(readFileSync(new URL(file, distDir)), { level: 9 }).length;
const report = computeBundleReport(manifest, gzipSizeOf, SHELL_LIMIT_BYTES);

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [
  ["shell (first load)", kb(report.shell.gzipBytes), report.shell.files.join(", ")],
  ...report.lazyChunks.map((chunk) => [`  + ${chunk.label}`, kb(chunk.gzipBytes), chunk.files.join(", ")]),
];
const width = Math.max(...rows.map(([label = ""]) => label.length));
console.log(`${"chunk".padEnd(width)}  ${"gzip JS".padStart(10)}  files`);
for (const [label = "", size = "", files = ""] of rows) {
  console.log(`${label.padEnd(width)}  ${size.padStart(10)}  ${files}`);
}

writeFileSync(new URL("bundle-report.json", distDir), `${JSON.stringify(report, null, 2)}\n`);
const verdict = `shell ${kb(report.shell.gzipBytes)} of ${kb(report.limitBytes)} budget`;
if (!report.isWithinBudget) {
  console.error(`Bundle budget exceeded: ${verdict}. Move heavy code behind a lazy import.`);
  process.exit(1);
}
console.log(`Within budget: ${verdict}.`);
