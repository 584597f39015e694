// What the benchmark scripts share: percentiles, Debian's Chromium through e2e's Playwright, and a
// lean HTTP client for latency figures. Benchmarks print figures; none asserts a timing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./toolchain.mjs";

/** `require` from the e2e workspace, which owns Playwright and esbuild. */
export const requireFromE2e = createRequire(join(root, "e2e", "package.json"));

export function round(ms) {
  return ms === null || ms === undefined ? null : Math.round(ms * 100) / 100;
}

/** The nearest-rank percentile of ascending `sorted` (null when empty). */
export function percentile(sorted, fraction) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return round(sorted[Math.max(0, index)]);
}

export function median(samples) {
  return percentile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
}

/** count, p50, p95 and max of `samples` (milliseconds), with the target when one is given. */
export function summarize(samples, targetP95Ms) {
  const sorted = [...samples].sort((a, b) => a - b);
  const summary = {
    count: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.length === 0 ? null : round(sorted.at(-1)),
  };
  return targetP95Ms === undefined ? summary : { ...summary, targetP95Ms };
}

/** `@mirubato/domain` is TypeScript: bundled once with esbuild so a plain Node script can import it. */
export async function importDomain() {
  const esbuild = requireFromE2e("esbuild");
  const dir = mkdtempSync(join(tmpdir(), "bench-domain-"));
  const outfile = join(dir, "domain.mjs");
  try {
    const result = await esbuild.build({
      entryPoints: [join(root, "packages/domain/src/index.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      write: false,
      logLevel: "silent",
    });
    writeFileSync(outfile, result.outputFiles[0].contents);
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Debian's Chromium (never a test tool's download), headless, with `extraArgs`. */
export function launchChromium(extraArgs = []) {
  const { chromium } = requireFromE2e("@playwright/test");
  return chromium.launch(chromiumLaunchOptions(extraArgs));
}

export function chromiumLaunchOptions(extraArgs = []) {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", ...extraArgs],
  };
}

/**
 * A GET client on one kept-alive socket, for latency figures: Node's `fetch` adds a few
 * milliseconds of its own at the tail on a small machine, which would be counted as the server's.
 * Resolves with the status, headers and body once the whole body has arrived.
 */
export function createLatencyClient() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (url, headers = {}) =>
    new Promise((resolve, reject) => {
      const request = http.get(url, { agent, headers }, (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      });
      request.on("error", reject);
    });
  return {
    get,
    /** `get` timed from the call to the last byte. */
    async timed(url, headers) {
      const startedAt = performance.now();
      const response = await get(url, headers);
      return { ms: performance.now() - startedAt, response };
    },
    close: () => agent.destroy(),
  };
}
