// Practice-journal benchmark (issue #5), prints JSON; it never asserts: timings depend on the machine.
//   node scripts/bench-journal.mjs [http://localhost:4317] [--entries 10000] [--years 5] [--runs 5]
//                                  [--profile DIR] [--no-browser]
// 1. Reports: every report the reports page computes (overview, heatmap, trends, breakdowns,
//    share card) over N synthetic entries spread over Y years, in Node (domain `benchReports`).
// 2. Logbook, in real Chromium against the built client served at the URL (any server of
//    client/dist: the e2e stack or `vite preview`): the same N entries written into the browser's
//    database through the app's repository, then the time to open the logbook (in-app navigation
//    from Today until the first entries are on screen, and a cold page load until the same), and
//    the frames while scrolling the virtualised list (which loads older pages as it goes).
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import {
  chromiumLaunchOptions,
  importDomain,
  median,
  percentile,
  requireFromE2e,
  round,
} from "./lib/bench.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    entries: { type: "string", default: "10000" },
    years: { type: "string", default: "5" },
    runs: { type: "string", default: "5" },
    "no-browser": { type: "boolean", default: false },
    // A browser profile folder kept between runs: the entries are written into it only once.
    profile: { type: "string" },
  },
});
const baseUrl = (positionals[0] ?? "http://localhost:4317").replace(/\/$/, "");
const entryCount = Number(values.entries);
const years = Number(values.years);
const runs = Number(values.runs);
const targets = { reportsTotalMs: 100, logbookOpenMs: 300, droppedFrames: 0 };

function log(message) {
  process.stderr.write(`bench-journal: ${message}\n`);
}

function benchReports(domain, practice) {
  const timings = domain.benchReports(practice.entries, practice.pieces, { runs });
  return Object.fromEntries(
    Object.entries(timings).map(([key, value]) => [key, key.endsWith("Ms") ? round(value) : value]),
  );
}

function contentOf(document) {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    _deleted,
    clocks: _clocks,
    ...content
  } = document;
  return content;
}

/** Writes the pieces, then the entries (pointing at the new piece ids), through `window.__mirubato`. */
async function seedBrowser(page, practice) {
  await page.waitForFunction(() => window.__mirubato !== undefined, null, { timeout: 60_000 });
  const existing = await page.evaluate(() => window.__mirubato.count("practice_entries"));
  if (existing >= practice.entries.length) return { count: existing, seedMs: 0 };
  const startMs = Date.now();
  const pieceIds = await page.evaluate(
    async (pieces) => {
      const ids = {};
      for (const piece of pieces)
        ids[piece.id] = (await window.__mirubato.create("pieces", piece.content)).id;
      return ids;
    },
    practice.pieces.map((piece) => ({ id: piece.id, content: contentOf(piece) })),
  );
  const entries = practice.entries.map((entry) => {
    const content = contentOf(entry);
    return {
      ...content,
      pieces: content.pieces.map((piece) => ({ ...piece, pieceId: pieceIds[piece.pieceId] })),
    };
  });
  for (let index = 0; index < entries.length; index += 500) {
    await page.evaluate(
      (batch) => Promise.all(batch.map((content) => window.__mirubato.create("practice_entries", content))),
      entries.slice(index, index + 500),
    );
  }
  const count = await page.evaluate(() => window.__mirubato.count("practice_entries"));
  return { count, seedMs: Date.now() - startMs };
}

const firstEntry = 'ul[aria-label="Practice entries"] article';

/** From a click on "Logbook" in the navigation (database already open) to the first entries painted. */
async function measureInAppOpen(page) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await page.waitForFunction(() => window.__mirubato !== undefined);
  return page.evaluate(async (selector) => {
    const link = document.querySelector('nav a[href="/logbook"]');
    if (!(link instanceof HTMLElement)) throw new Error("no Logbook link in the navigation");
    const startMs = performance.now();
    link.click();
    await new Promise((resolve) => {
      const check = () =>
        document.querySelector(selector) === null ? requestAnimationFrame(check) : resolve();
      check();
    });
    // Until the frame with the entries has been painted.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - startMs;
  }, firstEntry);
}

/** A full page load of /logbook: navigation start to the first entries painted (includes opening the database). */
async function measureColdOpen(page) {
  await page.goto(`${baseUrl}/logbook`);
  await page.waitForSelector(firstEntry, { timeout: 60_000 });
  return page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
  );
}

/** Scrolls the list for `durationMs` at a steady speed and records every frame interval and long task. */
async function measureScroll(page, durationMs = 4000, pxPerFrame = 60) {
  return page.evaluate(
    async ({ durationMs, pxPerFrame, selector }) => {
      const longTasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: "longtask", buffered: false });
      const intervals = [];
      let last = performance.now();
      const endAt = last + durationMs;
      await new Promise((resolve) => {
        const step = (now) => {
          intervals.push(now - last);
          last = now;
          window.scrollBy(0, pxPerFrame);
          if (now < endAt) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      observer.disconnect();
      const list = document.querySelector('ul[aria-label="Practice entries"]');
      return {
        intervals,
        longTasks,
        scrolledPx: window.scrollY,
        renderedItems: list?.children.length ?? 0,
        setSize: Number(list?.firstElementChild?.getAttribute("aria-setsize") ?? 0),
        entriesOnScreen: document.querySelectorAll(selector).length,
      };
    },
    { durationMs, pxPerFrame, selector: firstEntry },
  );
}

function summarizeFrames({ intervals, longTasks, ...rest }) {
  const frameMs = 1000 / 60;
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    frames: intervals.length,
    p50FrameMs: round(median(intervals)),
    p95FrameMs: percentile(sorted, 0.95),
    maxFrameMs: round(sorted.at(-1)),
    // A frame that took longer than one and a half refresh intervals skipped at least one.
    droppedFrames: intervals.filter((interval) => interval > frameMs * 1.5).length,
    longTasks: longTasks.length,
    longestTaskMs: round(Math.max(0, ...longTasks)),
    ...rest,
  };
}

async function benchLogbook(practice) {
  const { chromium } = requireFromE2e("@playwright/test");
  const launch = chromiumLaunchOptions(["--disable-background-networking"]);
  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: "en-US", timezoneId: "UTC" };
  const context =
    values.profile === undefined
      ? await (await chromium.launch(launch)).newContext(contextOptions)
      : await chromium.launchPersistentContext(values.profile, { ...launch, ...contextOptions });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    log(`writing ${practice.entries.length} entries into the browser's database…`);
    const seeded = await seedBrowser(page, practice);
    log(`seeded ${seeded.count} entries in ${seeded.seedMs} ms; measuring…`);
    const inApp = [];
    const cold = [];
    for (let run = 0; run < runs; run++) {
      inApp.push(await measureInAppOpen(page));
      cold.push(await measureColdOpen(page));
    }
    const scroll = summarizeFrames(await measureScroll(page));
    await page.goto(`${baseUrl}/reports`);
    const reportsStartMs = Date.now();
    await page.getByRole("heading", { level: 2, name: "Overview" }).waitFor({ timeout: 120_000 });
    const reportsPageMs = Date.now() - reportsStartMs;
    return {
      seededEntries: seeded.count,
      seedMs: seeded.seedMs,
      inAppOpenMs: { median: round(median(inApp)), samples: inApp.map(round) },
      coldOpenMs: { median: round(median(cold)), samples: cold.map(round) },
      scroll,
      reportsPageOpenMs: reportsPageMs,
    };
  } finally {
    await context.close();
    await context.browser()?.close();
  }
}

const domain = await importDomain();
const today = new Date().toISOString().slice(0, 10);
const practice = domain.createSyntheticPractice({ entryCount, years, endDate: today });
log(`computing reports over ${practice.entries.length} entries (${years} years)…`);
const reports = benchReports(domain, practice);
const logbook = values["no-browser"] ? null : await benchLogbook(practice);
console.log(
  JSON.stringify(
    {
      entries: entryCount,
      years,
      targets,
      reports,
      logbook,
      machine: { cpus: cpus().length, loadAverage: loadavg().map((value) => Math.round(value * 100) / 100) },
    },
    null,
    2,
  ),
);
