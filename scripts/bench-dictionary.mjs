// Dictionary benchmark against a running stack: `node scripts/bench-dictionary.mjs http://localhost:4000`,
// optionally also straight at the dictionary worker (`--direct http://localhost:4751`, a
// `wrangler dev -c edge-services/dictionary/wrangler.toml --port 4751 --persist-to <same state>`),
// so the front worker's share of the time shows. Prints JSON, p50 and p95 per target: server search
// over 1,000 distinct mixed queries (exact, prefix, typo, accent-less, other-language, multi-word;
// distinct, and different per target, so no cache answers), the same queries again (cached), cached
// term fetch, the offline pack's gzipped size, and offline search in Chromium over the same pack
// (skipped with --no-browser or when Playwright/Chromium is missing).
// Targets: search p95 20 ms, cached term p95 5 ms, pack 300 KB gzipped, offline search p95 10 ms.
// Cached term fetches alternate with `/api/dictionary/livez` (the same worker, no I/O at all): the
// runtime's own floor on this machine, printed beside them with the difference pair by pair.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { createLatencyClient, launchChromium, median, round, summarize } from "./lib/bench.mjs";
import { root } from "./lib/toolchain.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "no-browser": { type: "boolean", default: false },
    direct: { type: "string" },
    queries: { type: "string", default: "1000" },
    // Another seed sends another set of queries: a second run against the same stack is uncached too.
    seed: { type: "string", default: "42" },
  },
});
const baseUrl = (positionals[0] ?? "http://localhost:4000").replace(/\/$/, "");
const queryCount = Number(values.queries);
const languages = ["en", "es", "fr", "de", "zh-CN", "zh-TW"];
const client = createLatencyClient();

async function timed(url) {
  const result = await client.timed(url);
  const { status } = result.response;
  if (status >= 400 && status !== 404) throw new Error(`${url}: ${status}`);
  return result;
}

// A deterministic pseudo-random sequence, so two runs send the same queries.
let seed = 42;
const reseed = (value) => {
  seed = value;
};
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (items) => items[Math.floor(random() * items.length)];

function mixedQueries(terms) {
  const stripAccents = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "");
  const variants = [
    (t) => t.term,
    (t) => t.term.slice(0, Math.max(2, Math.ceil(t.term.length / 2))),
    (t) => (t.term.length > 5 ? t.term.slice(0, 2) + t.term.slice(3) : `${t.term}e`),
    (t) => stripAccents(t.term).toUpperCase(),
    (t) => (Object.values(t.equivalents)[Math.floor(random() * 6)] ?? t.term).split(",")[0],
    (t) => `${t.concise.split(" ").slice(0, 2).join(" ")}`,
  ];
  const queries = new Set();
  for (let attempt = 0; queries.size < queryCount && attempt < queryCount * 20; attempt++) {
    const query = pick(variants)(pick(terms)).trim();
    if (query) queries.add(`${query}${attempt >= queryCount * 4 ? ` ${attempt}` : ""}`);
  }
  return [...queries];
}

async function benchBrowser(pack, queries) {
  const files = [
    "normalize.js",
    "edit-distance.js",
    "trigrams.js",
    "term-names.js",
    "rank.js",
    "term-index.js",
  ];
  // The offline search modules without their zod-using siblings, inlined as one classic script.
  const source = files
    .map((file) => readFileSync(join(root, "packages", "term-search", "src", file), "utf8"))
    .join("\n")
    .replace(/^import .*$/gm, "")
    .replace(/^export /gm, "");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // A blank page: the app's CSP (rightly) forbids the inline script this benchmark injects.
    await page.goto("about:blank");
    await page.addScriptTag({
      content: `${source}\nwindow.termSearch = { createTermIndex, searchTermIndex };`,
    });
    return await page.evaluate(
      ({ terms, queries }) => {
        const index = window.termSearch.createTermIndex(terms);
        const samples = queries.map((query) => {
          const startedAt = performance.now();
          window.termSearch.searchTermIndex(index, query, 20);
          return performance.now() - startedAt;
        });
        return samples;
      },
      { terms: pack.terms, queries },
    );
  } finally {
    await browser.close();
  }
}

const packBytes = (await client.get(`${baseUrl}/api/dictionary/pack`)).body;
const pack = JSON.parse(packBytes.toString("utf8"));

/** Uncached search, the same queries cached, and cached term fetches against one base URL. */
async function benchServer(url, querySeed) {
  reseed(querySeed);
  const queries = mixedQueries(pack.terms);
  const searchUrls = queries.map(
    (q) => `${url}/api/dictionary/search?q=${encodeURIComponent(q)}&lang=${pick(languages)}`,
  );
  const searchSamples = [];
  for (const searchUrl of searchUrls) searchSamples.push((await timed(searchUrl)).ms);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const cachedSearchSamples = [];
  for (const searchUrl of searchUrls.slice(0, 400)) cachedSearchSamples.push((await timed(searchUrl)).ms);

  const cachedTerms = pack.terms
    .slice(0, 20)
    .map((term) => `${url}/api/dictionary/terms/${encodeURIComponent(term.slug)}?lang=en`);
  for (const termUrl of cachedTerms) await timed(termUrl);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const termSamples = [];
  const floorSamples = [];
  for (let i = 0; i < 1000; i++) {
    floorSamples.push((await timed(`${url}/api/dictionary/livez`)).ms);
    termSamples.push((await timed(cachedTerms[i % cachedTerms.length])).ms);
  }
  const overFloor = termSamples.map((ms, i) => ms - (floorSamples[i] ?? 0));
  return {
    baseUrl: url,
    serverSearch: summarize(searchSamples, 20),
    cachedSearch: summarize(cachedSearchSamples),
    cachedTermFetch: summarize(termSamples, 5),
    runtimeFloor: { route: "/api/dictionary/livez (no I/O)", ...summarize(floorSamples) },
    termMinusFloorPairwise: {
      p50Ms: round(median(overFloor)),
      meanMs: round(overFloor.reduce((sum, ms) => sum + ms, 0) / overFloor.length),
    },
  };
}

const querySeed = Number(values.seed);
const throughFront = await benchServer(baseUrl, querySeed);
const direct = values.direct
  ? await benchServer(values.direct.replace(/\/$/, ""), querySeed + 4200)
  : undefined;
reseed(querySeed);
const queries = mixedQueries(pack.terms);

let offlineSearch = { p50Ms: null, p95Ms: null };
let offlineSearchNote;
if (!values["no-browser"]) {
  try {
    offlineSearch = summarize(await benchBrowser(pack, queries));
  } catch (error) {
    offlineSearchNote = `browser benchmark skipped: ${error.message.split("\n")[0]}`;
  }
}

const result = {
  terms: pack.terms.length,
  throughFront,
  ...(direct ? { direct } : {}),
  offlinePack: {
    bytes: packBytes.length,
    gzipKB: Math.round((gzipSync(packBytes).length / 1024) * 10) / 10,
    targetKB: 300,
  },
  offlineSearch: {
    ...offlineSearch,
    targetP95Ms: 10,
    ...(offlineSearchNote ? { note: offlineSearchNote } : {}),
  },
};
console.log(JSON.stringify(result, null, 2));
client.close();
