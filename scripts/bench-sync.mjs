// Sync benchmark (issue #3): run against a running local stack in real Chromium, prints JSON.
//   node scripts/bench-sync.mjs [http://localhost:4317] [--writes 200] [--initial 10000] [--offline 1000]
// Measures: propagation (device A saves an entry in the Logbook UI → device B's DOM shows it),
// local write → the writing tab's DOM, initial sync of N practice entries into an empty browser
// until queryable, and the push of M offline changes after reconnect until the server has all.
// It prints the targets next to the figures and never asserts: timings depend on the machine.
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { importDomain, launchChromium, round, summarize } from "./lib/bench.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    writes: { type: "string", default: "200" },
    initial: { type: "string", default: "10000" },
    offline: { type: "string", default: "1000" },
  },
});
const baseUrl = (positionals[0] ?? "http://localhost:4317").replace(/\/$/, "");
const writeCount = Number(values.writes);
const initialCount = Number(values.initial);
const offlineCount = Number(values.offline);
const pushBatchRows = 500;

const targets = {
  propagationP50Ms: 100,
  propagationP95Ms: 250,
  localWriteP95Ms: 16,
  initialSyncMs: 3000,
  offlinePushMs: 2000,
};

function log(message) {
  process.stderr.write(`bench-sync: ${message}\n`);
}

function cookiesOf(response) {
  return Object.fromEntries(
    response.headers.getSetCookie().map((header) => {
      const [pair] = header.split(";");
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/** Signs a fresh account in through the magic link and the dev mailbox; returns the session cookie. */
async function signUp(label) {
  const email = `bench-${label}-${randomUUID().slice(0, 8)}@e2e.mirubato.test`;
  const sent = await fetch(`${baseUrl}/api/auth/magic-link`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email }),
  });
  if (sent.status !== 202) throw new Error(`magic-link: ${sent.status} ${await sent.text()}`);
  const binding = cookiesOf(sent).mirubato_signin;
  const mailbox = await (await fetch(`${baseUrl}/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json();
  const link = mailbox.messages?.[0]?.links?.find((candidate) => candidate.includes("/api/auth/verify"));
  if (link === undefined) throw new Error(`no sign-in link for ${email} in the dev mailbox`);
  const { pathname, search } = new URL(link);
  const verified = await fetch(`${baseUrl}${pathname}${search}`, {
    redirect: "manual",
    headers: { cookie: `mirubato_signin=${binding}` },
  });
  const session = cookiesOf(verified).mirubato_session;
  if (!session) throw new Error(`verify gave ${verified.status} without a session`);
  return { email, session };
}

function syncApi(account) {
  const headers = {
    "content-type": "application/json",
    origin: baseUrl,
    cookie: `mirubato_session=${account.session}`,
  };
  const post = async (path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    push: (collection, rows) => post(`/api/sync/${collection}/push`, { rows }),
    pull: (collection, checkpoint, limit = 1000) =>
      post(`/api/sync/${collection}/pull`, { checkpoint, limit }),
  };
}

/** `count` practice entries for the server: the demo generator if there is one, else stamped ones. */
function practiceEntries(domain, count, seed) {
  if (typeof domain.generateDemoLibrary === "function") {
    const days = Math.ceil(count / 10);
    const library = domain.generateDemoLibrary({
      seed,
      startDate: "2020-01-01",
      days,
      timeZone: "Europe/Berlin",
      entriesPerDay: count / days,
    });
    return { source: "generateDemoLibrary", documents: library.practice_entries.slice(0, count) };
  }
  const clock = domain.createHlcClock({ deviceId: domain.createDeviceId() });
  const documents = Array.from({ length: count }, (_, index) => {
    const startedAt = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000);
    return domain.createDocument(entryContent(`seeded ${index}`, startedAt), clock);
  });
  return { source: "createDocument", documents };
}

const browserArgs = [
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Two tabs measure each other: neither may be throttled as a background page.
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

async function openDevice(browser, account, path = "/logbook") {
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.addCookies([{ name: "mirubato_session", value: account.session, url: baseUrl }]);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForFunction(() => window.__mirubato !== undefined, undefined, { timeout: 30_000 });
  return { context, page };
}

/** In-page helpers: when a text first appears in the entry list, and when the last form was submitted. */
function installProbes() {
  const now = () => performance.timeOrigin + performance.now();
  document.addEventListener(
    "submit",
    () => {
      window.__benchSubmittedAt = now();
    },
    true,
  );
  window.__benchWaitFor = (text) =>
    new Promise((resolve) => {
      const list = () =>
        document.querySelector(
          'ul[aria-label="Practice entries"], [role="list"][aria-label="Practice entries"]',
        );
      const check = () => (list()?.textContent ?? "").includes(text);
      if (check()) return resolve(now());
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        resolve(now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  window.__benchWaitForDump = async (text) => {
    for (;;) {
      const docs = await window.__mirubato.dump("practice_entries");
      if (docs.some((doc) => doc.notes === text)) return now();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
}

async function hasLogbookUi(page) {
  return (await page.getByRole("button", { name: "Add entry" }).count()) > 0;
}

async function saveThroughUi(page, notes) {
  await page.getByRole("button", { name: "Add entry" }).click();
  const form = page
    .getByRole("form", { name: "New entry" })
    .or(page.getByRole("dialog", { name: "New entry" }).locator("form"))
    .first();
  await form.getByLabel("Notes").fill(notes);
  const instrument = form.getByLabel("Instrument", { exact: true });
  if ((await instrument.inputValue()) === "") await instrument.fill("Piano");
  await form.getByRole("button", { name: "Save entry" }).click();
}

function entryContent(notes, now = new Date()) {
  return {
    startedAt: now.toISOString(),
    localDate: now.toISOString().slice(0, 10),
    timeZone: "UTC",
    durationSec: 1800,
    type: "practice",
    instrument: "piano",
    pieces: [],
    techniques: [],
    notes,
    tags: [],
    goalIds: [],
    source: "manual",
  };
}

/** Whether the page's relay socket is up: it opens and the relay says hello within `timeoutMs`. */
async function relayState(page, timeoutMs = 8000) {
  const seen = [];
  const hello = new Promise((resolve) => {
    page.on("websocket", (socket) => {
      socket.on("framereceived", (frame) => {
        if (String(frame.payload).includes('"hello"')) resolve(true);
      });
    });
    page.on("console", (message) => {
      if (message.text().includes("WebSocket")) seen.push(message.text().slice(0, 200));
    });
  });
  const isConnected = await Promise.race([hello, sleep(timeoutMs).then(() => false)]);
  return { isConnected, detail: seen.at(-1) ?? null };
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function measurePropagation(browser) {
  const account = await signUp("propagation");
  const a = await openDevice(browser, account);
  const bContext = await browser.newContext({ baseURL: baseUrl });
  await bContext.addCookies([{ name: "mirubato_session", value: account.session, url: baseUrl }]);
  const bPage = await bContext.newPage();
  const relay = relayState(bPage);
  await bPage.goto("/logbook");
  await bPage.waitForFunction(() => window.__mirubato !== undefined, undefined, { timeout: 30_000 });
  const b = { context: bContext, page: bPage };
  for (const device of [a, b]) await device.page.evaluate(installProbes);
  const isUi = (await hasLogbookUi(a.page)) && (await hasLogbookUi(b.page));
  const relayUp = await relay;
  const run = randomUUID().slice(0, 6);
  const propagation = [];
  const local = [];
  let timeouts = 0;
  log(`propagation: ${writeCount} writes through the ${isUi ? "Logbook UI" : "automation bridge"}`);
  if (!relayUp.isConnected) log(`the relay socket is down (${relayUp.detail}): measuring local writes only`);
  for (let index = 0; index < writeCount; index += 1) {
    const notes = `bench ${run} #${String(index).padStart(4, "0")}`;
    if (relayUp.isConnected) {
      await b.page.evaluate(
        ([text, ui]) => {
          window.__benchSeen = ui ? window.__benchWaitFor(text) : window.__benchWaitForDump(text);
        },
        [notes, isUi],
      );
    }
    let startedAt;
    if (isUi) {
      await a.page.evaluate((text) => {
        window.__benchLocal = window.__benchWaitFor(text);
      }, notes);
      await saveThroughUi(a.page, notes);
      startedAt = await a.page.evaluate(() => window.__benchSubmittedAt);
      const shownAt = await Promise.race([
        a.page.evaluate(() => window.__benchLocal),
        sleep(10_000).then(() => null),
      ]);
      if (shownAt === null) {
        await a.page.screenshot({ path: "/tmp/sb-bench-fail.png" });
        throw new Error(`A's own list never showed "${notes}" (write ${index})`);
      }
      local.push(shownAt - startedAt);
      if (index % 20 === 0) log(`write ${index}: local ${round(shownAt - startedAt)} ms`);
    } else {
      startedAt = await a.page.evaluate(async (content) => {
        const at = performance.timeOrigin + performance.now();
        await window.__mirubato.create("practice_entries", content);
        return at;
      }, entryContent(notes));
    }
    if (!relayUp.isConnected) continue;
    const seenAt = await Promise.race([
      b.page.evaluate(() => window.__benchSeen),
      sleep(10_000).then(() => null),
    ]);
    if (seenAt !== null) {
      propagation.push(seenAt - startedAt);
      continue;
    }
    timeouts += 1;
    // Catch B up (focus pulls) so the next write is measured on its own.
    await b.page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await b.page.evaluate(() => window.__benchSeen);
  }
  await a.context.close();
  await b.context.close();
  return {
    via: isUi
      ? "Logbook UI: A submits the New entry form; B's 'Practice entries' list shows it (MutationObserver)"
      : "automation bridge: A writes through window.__mirubato; B's local database holds it (dump poll, 5 ms)",
    propagation: relayUp.isConnected
      ? { ...summarize(propagation), timeoutsOver10s: timeouts }
      : { count: 0, p50Ms: null, p95Ms: null, notMeasured: `relay socket down: ${relayUp.detail}` },
    localWriteToDom: isUi
      ? { ...summarize(local), from: "form submit event", to: "the entry in A's own list" }
      : { count: 0, note: "no Logbook UI to measure" },
  };
}

async function measureInitialSync(browser, domain) {
  const account = await signUp("initial");
  const api = syncApi(account);
  const { source, documents } = practiceEntries(domain, initialCount, `bench-${randomUUID()}`);
  log(`initial sync: pushing ${documents.length} entries (${source}) in batches of ${pushBatchRows}`);
  const seedStarted = performance.now();
  for (let start = 0; start < documents.length; start += pushBatchRows) {
    const rows = documents
      .slice(start, start + pushBatchRows)
      .map((doc) => ({ assumedMasterState: null, newDocumentState: doc }));
    const { conflicts } = await api.push("practice_entries", rows);
    if (conflicts.length > 0) throw new Error(`seeding: ${conflicts.length} conflicts`);
  }
  const seedMs = performance.now() - seedStarted;
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.addCookies([{ name: "mirubato_session", value: account.session, url: baseUrl }]);
  const page = await context.newPage();
  // Main-thread task and script time: what the page itself spent, next to the wall time that
  // also holds the server's time and, on a busy machine, the wait for a CPU.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto("/");
  const timing = await page.evaluate(async (expected) => {
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    while (window.__mirubato === undefined) await sleep(5);
    const databaseOpenAt = performance.now();
    for (;;) {
      if ((await window.__mirubato.count("practice_entries")) >= expected) break;
      await sleep(20);
    }
    return { databaseOpenAt, queryableAt: performance.now() };
  }, documents.length);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const secondsOf = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  await context.close();
  return {
    documents: documents.length,
    generatedWith: source,
    serverSeedMs: round(seedMs),
    fromNavigationMs: round(timing.queryableAt),
    fromDatabaseOpenMs: round(timing.queryableAt - timing.databaseOpenAt),
    pageMainThreadTaskMs: round(secondsOf("TaskDuration") * 1000),
    pageScriptMs: round(secondsOf("ScriptDuration") * 1000),
    until: "count() of local practice_entries equals the seeded number",
  };
}

async function measureOfflinePush(browser) {
  const account = await signUp("offline");
  const api = syncApi(account);
  const device = await openDevice(browser, account);
  const run = randomUUID().slice(0, 6);
  await device.context.setOffline(true);
  log(`offline push: writing ${offlineCount} changes offline`);
  await device.page.evaluate(
    async ({ count, run, template }) => {
      for (let index = 0; index < count; index += 1) {
        await window.__mirubato.create("practice_entries", { ...template, notes: `offline ${run} ${index}` });
      }
    },
    { count: offlineCount, run, template: entryContent("") },
  );
  const startedAt = performance.now();
  await device.context.setOffline(false);
  const seen = new Set();
  let checkpoint = null;
  while (seen.size < offlineCount) {
    const page = await api.pull("practice_entries", checkpoint);
    for (const doc of page.documents) if (doc.notes.startsWith(`offline ${run} `)) seen.add(doc.id);
    checkpoint = page.checkpoint;
    if (page.documents.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    if (performance.now() - startedAt > 120_000) break;
  }
  const elapsed = performance.now() - startedAt;
  await device.context.close();
  return {
    changes: offlineCount,
    onServer: seen.size,
    afterReconnectMs: round(elapsed),
    until: "the server's pull returns every change (polled from its checkpoint)",
  };
}

const browser = await launchChromium(browserArgs);
try {
  const domain = await importDomain();
  const propagation = await measurePropagation(browser);
  const initialSync = await measureInitialSync(browser, domain);
  const offlinePush = await measureOfflinePush(browser);
  const result = {
    baseUrl,
    measuredAt: new Date().toISOString(),
    cpus: cpus().length,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    targets,
    ...propagation,
    initialSync,
    offlinePush,
    meetsTargets: {
      propagationP50:
        propagation.propagation.p50Ms !== null && propagation.propagation.p50Ms <= targets.propagationP50Ms,
      propagationP95:
        propagation.propagation.p95Ms !== null && propagation.propagation.p95Ms <= targets.propagationP95Ms,
      localWriteP95:
        propagation.localWriteToDom.p95Ms !== undefined &&
        propagation.localWriteToDom.p95Ms !== null &&
        propagation.localWriteToDom.p95Ms <= targets.localWriteP95Ms,
      initialSync: initialSync.fromNavigationMs <= targets.initialSyncMs,
      offlinePush:
        offlinePush.onServer === offlineCount && offlinePush.afterReconnectMs <= targets.offlinePushMs,
    },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
}
