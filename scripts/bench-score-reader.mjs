// Score reader benchmark, prints JSON; it never asserts: timings depend on the machine.
//   node scripts/bench-score-reader.mjs [http://localhost:4317] [--pages 100] [--turns 50] [--dwell-ms 300] [--trace FILE]
// In Debian's Chromium against a running stack: a fresh account uploads an N-page PDF (written by
// e2e/kit/pdf.ts) and creates its score document; then
// 1. first page painted: from navigation to /scores/$id until page 1 is in place, the
//    first time (file from the Scores worker) and after a reload (file from this device's cache);
// 2. page turns: ArrowRight (what a pedal sends) until the next page is in place and two frames
//    have begun (the first, which shows it, rasterized and activated), over T turns with a dwell
//    between them as a musician reads, so the pre-rendering of the neighbouring pages has its
//    chance. Goal: p95 ≤ 50 ms.
// --trace FILE writes a Chromium trace of the turns (each between user-timing marks "turn-start"
// and "turn-end"), for chrome://tracing or Perfetto. On this machine's software compositing the
// turn's main-thread time is almost all Canvas2DResourceProvider::ProduceCanvasResource in the
// first commit that shows a canvas: its 14 MB of pixels copied into a shared image.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromiumLaunchOptions, requireFromE2e, summarize } from "./lib/bench.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: "string", default: "100" },
    turns: { type: "string", default: "50" },
    "dwell-ms": { type: "string", default: "300" },
    trace: { type: "string" },
  },
});
const baseUrl = (positionals[0] ?? "http://localhost:4317").replace(/\/$/, "");
const pageCount = Number(values.pages);
const turnCount = Math.min(Number(values.turns), pageCount - 1);
const dwellMs = Number(values["dwell-ms"]);
const targets = { pageTurnP95Ms: 50 };
const traceCategories = ["devtools.timeline", "blink.user_timing", "blink", "cc", "gpu", "toplevel"];
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function log(message) {
  process.stderr.write(`bench-score-reader: ${message}\n`);
}

/** The e2e kit's PDF writer is TypeScript: strip its types with esbuild and import it. */
async function loadPdfWriter() {
  const esbuild = requireFromE2e("esbuild");
  const source = readFileSync(join(root, "e2e/kit/pdf.ts"), "utf8");
  const { code } = await esbuild.transform(source, { loader: "ts", format: "esm" });
  const folder = mkdtempSync(join(tmpdir(), "bench-pdf-"));
  try {
    writeFileSync(join(folder, "pdf.mjs"), code);
    return await import(pathToFileURL(join(folder, "pdf.mjs")).href);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Signs a new account in inside the browser context: its cookie jar keeps the session. */
async function signIn(context, page) {
  const email = `bench-reader-${Date.now().toString(36)}@e2e.mirubato.test`;
  const sent = await context.request.post(`${baseUrl}/api/auth/magic-link`, {
    data: { email },
    headers: { origin: baseUrl },
  });
  if (sent.status() !== 202) throw new Error(`magic-link answered ${sent.status()}`);
  const mailbox = await (
    await context.request.get(`${baseUrl}/api/dev/mailbox?to=${encodeURIComponent(email)}`)
  ).json();
  const link = mailbox.messages?.[0]?.links?.find((candidate) => candidate.includes("/api/auth/verify"));
  if (link === undefined) throw new Error(`no sign-in link for ${email}`);
  const { pathname, search } = new URL(link);
  await page.goto(`${baseUrl}${pathname}${search}`);
  await page.waitForFunction(() => window.__mirubato !== undefined, null, { timeout: 60_000 });
}

async function createScore(page, buildPdf) {
  const bytes = buildPdf({
    title: "Benchmark score",
    pageTexts: Array.from({ length: pageCount }, (_, index) => `Page ${index + 1}`),
  });
  const uploaded = await page.request.post(`${baseUrl}/api/scores/files`, {
    data: bytes,
    headers: { origin: baseUrl, "content-type": "application/pdf" },
  });
  if (!uploaded.ok()) throw new Error(`upload answered ${uploaded.status()}: ${await uploaded.text()}`);
  const { id: fileId } = await uploaded.json();
  const score = await page.evaluate(
    ([id, pages]) =>
      window.__mirubato.create("scores", {
        title: "Benchmark score",
        tags: [],
        source: "upload",
        isFavorite: false,
        fileId: id,
        pageCount: pages,
      }),
    [fileId, pageCount],
  );
  return { scoreId: score.id, sizeBytes: bytes.length };
}

const firstPageShown = (page) =>
  page.waitForFunction(
    () => document.querySelector('.reader__stage[data-page-index="0"][data-rendered="true"]') !== null,
    null,
    { timeout: 120_000, polling: "raf" },
  );

async function measureOpen(page, url) {
  const startMs = Date.now();
  await page.goto(url);
  await firstPageShown(page);
  return Date.now() - startMs;
}

/** One turn, timed in the page: key press → the next page's canvas in place → the next frame. */
function measureTurn(page, expectedPage) {
  return page.evaluate(
    (expected) =>
      new Promise((resolve) => {
        const stage = document.querySelector(".reader__stage[data-page-index]");
        performance.mark("turn-start");
        const start = performance.now();
        const wasReady = () =>
          stage.dataset.pageIndex === String(expected) && stage.dataset.rendered === "true";
        window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
        let isSwapped;
        const check = () => {
          // The turn is a swap when the new page's canvas was ready the moment the page changed.
          if (isSwapped === undefined && stage.dataset.pageIndex === String(expected)) isSwapped = wasReady();
          // Two frames after the change: the second begins only once the first, which shows
          // the new page, has been rasterized and activated, so raster threads' work counts too.
          if (wasReady())
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const ms = performance.now() - start;
                performance.mark("turn-end");
                resolve({ ms, isSwapped });
              }),
            );
          else requestAnimationFrame(check);
        };
        check();
      }),
    expectedPage,
  );
}

const { chromium } = requireFromE2e("@playwright/test");
const { buildPdf } = await loadPdfWriter();
const browser = await chromium.launch(chromiumLaunchOptions(["--disable-background-networking"]));
try {
  const context = await browser.newContext({ viewport: { width: 820, height: 1100 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await signIn(context, page);
  const { scoreId, sizeBytes } = await createScore(page, buildPdf);
  log(`uploaded a ${pageCount}-page PDF (${sizeBytes} bytes); opening it…`);
  const url = `${baseUrl}/scores/${scoreId}?page=1`;
  const firstOpenMs = await measureOpen(page, url);
  const cachedOpenMs = await measureOpen(page, url);
  log(`turning ${turnCount} pages…`);
  const turns = [];
  if (values.trace !== undefined)
    await browser.startTracing(page, { path: values.trace, categories: traceCategories });
  let swapped = 0;
  for (let turn = 1; turn <= turnCount; turn++) {
    await page.waitForTimeout(dwellMs);
    const { ms, isSwapped } = await measureTurn(page, turn);
    turns.push(ms);
    if (isSwapped) swapped++;
  }
  if (values.trace !== undefined) await browser.stopTracing();
  console.log(
    JSON.stringify(
      {
        pages: pageCount,
        viewport: "820×1100 CSS px at device pixel ratio 2",
        targets,
        firstPagePaintedMs: { fromServer: firstOpenMs, fromDeviceCache: cachedOpenMs },
        pageTurn: { ...summarize(turns, targets.pageTurnP95Ms), dwellMs, preRenderedTurns: swapped },
        machine: {
          cpus: cpus().length,
          loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
}
