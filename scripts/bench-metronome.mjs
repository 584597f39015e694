// Metronome benchmark, prints JSON; it never asserts: timings depend on the machine.
//   node scripts/bench-metronome.mjs [http://localhost:4317] [--render-seconds 600] [--live-seconds 20]
//                                    [--cpu-seconds 60] [--idle-seconds 20]
// Against the built client served at the URL (the e2e stack or `npm start`), in Debian's Chromium:
// 1. Offline: the real click processor (the AudioWorklet the app plays, from the build) renders
//    `--render-seconds` into an OfflineAudioContext at two tempos and a 3+2+2 meter; each click's
//    onset sample is compared with its exact frame: onset error max/mean in samples and µs.
// 2. Live: the same processor in a running AudioContext, its output read sample by sample by a
//    recorder worklet (onset frames as rendered), and the beats it reports mapped to when they are
//    heard through `getOutputTimestamp()` (what the beat indicator uses): error of each against
//    the ideal grid, in samples and µs.
// 3. CPU: the metronome page playing at 120 bpm with eighth notes, through its own Start button, for
//    `--cpu-seconds`, against the same page idle: main-thread task and script time per minute
//    (CDP Performance.getMetrics) and the renderer process's CPU time (SystemInfo.getProcessInfo).
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium, round } from "./lib/bench.mjs";
import { root } from "./lib/toolchain.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "render-seconds": { type: "string", default: "600" },
    "live-seconds": { type: "string", default: "20" },
    "cpu-seconds": { type: "string", default: "60" },
    "idle-seconds": { type: "string", default: "20" },
  },
});
const baseUrl = (positionals[0] ?? "http://localhost:4317").replace(/\/$/, "");
const renderSeconds = Number(values["render-seconds"]);
const liveSeconds = Number(values["live-seconds"]);
const cpuSeconds = Number(values["cpu-seconds"]);
const idleSeconds = Number(values["idle-seconds"]);

function log(message) {
  process.stderr.write(`bench-metronome: ${message}\n`);
}

// The processor is a worklet module of its own in the build; the manifest names its file.
function processorPath() {
  const manifest = JSON.parse(readFileSync(join(root, "client/dist/.vite/manifest.json"), "utf8"));
  const entry = Object.entries(manifest).find(([key]) => key.includes("metronome-processor"));
  if (!entry) throw new Error("no metronome processor in client/dist: build the client first");
  return `/${entry[1].file}`;
}

const meter = (groups, subdivision = "none") => {
  const accents = groups.flatMap((size, group) =>
    Array.from({ length: size }, (_, beat) => (beat > 0 ? "soft" : group === 0 ? "accent" : "normal")),
  );
  return { kind: "meter", accents, groups, subdivision };
};

const renderCases = [
  {
    name: "120 bpm 4/4 at 48 kHz",
    sampleRate: 48_000,
    onsetsPerMinute: 120,
    settings: { tempoBpm: 120, rhythm: meter([4]), trainer: null },
  },
  {
    name: "137 bpm 3/4 at 44.1 kHz",
    sampleRate: 44_100,
    onsetsPerMinute: 137,
    settings: { tempoBpm: 137, rhythm: meter([3]), trainer: null },
  },
  {
    name: "210 bpm 3+2+2 triplets at 48 kHz",
    sampleRate: 48_000,
    onsetsPerMinute: 630,
    settings: { tempoBpm: 210, rhythm: meter([3, 2, 2], "triplets"), trainer: null },
  },
];

// Runs in the page: renders one case offline and compares onsets with round(n × 60 × rate / onsetsPerMinute).
async function renderInPage({ processorUrl, settings, sampleRate, seconds, onsetsPerMinute }) {
  const context = new OfflineAudioContext({ numberOfChannels: 1, length: sampleRate * seconds, sampleRate });
  await context.audioWorklet.addModule(processorUrl);
  const node = new AudioWorkletNode(context, "mirubato-metronome", {
    numberOfInputs: 0,
    numberOfOutputs: 1,
    outputChannelCount: [1],
    processorOptions: { settings, startFrame: 0 },
  });
  node.connect(context.destination);
  const startedAt = performance.now();
  const samples = (await context.startRendering()).getChannelData(0);
  const renderMs = performance.now() - startedAt;
  const onsets = [];
  let silent = 32;
  for (let frame = 0; frame < samples.length; frame += 1) {
    if (samples[frame] === 0) silent += 1;
    else {
      if (silent >= 32) onsets.push(frame);
      silent = 0;
    }
  }
  const errors = onsets.map((frame, index) =>
    Math.abs(frame - Math.round((index * 60 * sampleRate) / onsetsPerMinute)),
  );
  const expectedCount = Math.ceil((seconds * onsetsPerMinute) / 60);
  return { onsets: onsets.length, expectedCount, errors, renderMs };
}

const recorderSource = `
class OnsetRecorder extends AudioWorkletProcessor {
  constructor() { super(); this.silent = 64; }
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) for (let i = 0; i < channel.length; i += 1) {
      if (channel[i] !== 0) { if (this.silent >= 32) this.port.postMessage(currentFrame + i); this.silent = 0; }
      else this.silent += 1;
    }
    return true;
  }
}
registerProcessor("bench-onset-recorder", OnsetRecorder);`;

// Runs in the page: plays live and records onset frames and the beats' predicted output times.
async function liveInPage({ processorUrl, recorderSource, seconds, tempoBpm, settings }) {
  const recorderUrl = URL.createObjectURL(new Blob([recorderSource], { type: "text/javascript" }));
  const context = new AudioContext({ latencyHint: "interactive" });
  await context.resume();
  await context.audioWorklet.addModule(processorUrl);
  await context.audioWorklet.addModule(recorderUrl);
  const recorder = new AudioWorkletNode(context, "bench-onset-recorder", {
    numberOfInputs: 1,
    numberOfOutputs: 1,
  });
  const onsets = [];
  const heardAtMs = [];
  const heardFrames = [];
  recorder.port.onmessage = (event) => onsets.push(event.data);
  const node = new AudioWorkletNode(context, "mirubato-metronome", {
    numberOfInputs: 0,
    numberOfOutputs: 1,
    outputChannelCount: [1],
    processorOptions: { settings, startFrame: null },
  });
  node.port.onmessage = (event) => {
    const stamp = context.getOutputTimestamp();
    // Until audio has been output the timestamp is all zeros; those beats cannot be placed yet.
    if (!(stamp.performanceTime > 0)) return;
    heardAtMs.push(
      stamp.performanceTime + (event.data.frame / context.sampleRate - stamp.contextTime) * 1000,
    );
    heardFrames.push(event.data.frame);
  };

  node.connect(recorder);
  recorder.connect(context.destination);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const { sampleRate, baseLatency, outputLatency } = context;
  await context.close();
  const framesPerBeat = (60 * sampleRate) / tempoBpm;
  const first = onsets[0] ?? 0;
  const onsetErrors = onsets.map((frame, index) =>
    Math.abs(frame - (first + Math.round(index * framesPerBeat))),
  );
  // Each beat's predicted time against the first one's plus its exact distance in frames.
  const heardErrorsMs = heardAtMs.map((ms, index) =>
    Math.abs(ms - (heardAtMs[0] + ((heardFrames[index] - heardFrames[0]) / sampleRate) * 1000)),
  );
  return { sampleRate, baseLatency, outputLatency, onsets: onsets.length, onsetErrors, heardErrorsMs };
}

function errorFigures(errorsInSamples, sampleRate) {
  const max = errorsInSamples.reduce((a, b) => Math.max(a, b), 0);
  const mean =
    errorsInSamples.length === 0 ? 0 : errorsInSamples.reduce((a, b) => a + b, 0) / errorsInSamples.length;
  return {
    maxErrorSamples: max,
    meanErrorSamples: round(mean),
    maxErrorUs: round((max / sampleRate) * 1e6),
    meanErrorUs: round((mean / sampleRate) * 1e6),
  };
}

async function metrics(cdp, browserCdp) {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const value = (name) => list.find((metric) => metric.name === name)?.value ?? 0;
  const { processInfo } = await browserCdp.send("SystemInfo.getProcessInfo");
  const rendererCpu = processInfo
    .filter((info) => info.type === "renderer")
    .reduce((sum, info) => sum + info.cpuTime, 0);
  return { taskS: value("TaskDuration"), scriptS: value("ScriptDuration"), rendererCpuS: rendererCpu };
}

function perMinute(before, after, seconds) {
  const scale = (delta) => round((delta * 1000 * 60) / seconds);
  return {
    taskMsPerMinute: scale(after.taskS - before.taskS),
    scriptMsPerMinute: scale(after.scriptS - before.scriptS),
    rendererCpuMsPerMinute: scale(after.rendererCpuS - before.rendererCpuS),
  };
}

const processorUrl = processorPath();
const browser = await launchChromium(["--autoplay-policy=no-user-gesture-required"]);
try {
  // The recorder worklet is the benchmark's own code, loaded from a blob: URL, which the app's CSP
  // (script-src 'self') refuses; Playwright's routes do not see worklet module requests.
  const context = await browser.newContext({ baseURL: baseUrl, bypassCSP: true });
  const page = await context.newPage();
  await page.goto("/toolbox/metronome");
  await page.getByRole("button", { name: "Start" }).waitFor();

  const offline = [];
  for (const renderCase of renderCases) {
    log(`rendering ${renderSeconds} s: ${renderCase.name}`);
    const result = await page.evaluate(renderInPage, { processorUrl, seconds: renderSeconds, ...renderCase });
    offline.push({
      case: renderCase.name,
      clicks: result.onsets,
      expectedClicks: result.expectedCount,
      ...errorFigures(result.errors, renderCase.sampleRate),
      renderMs: round(result.renderMs),
      realtimeFactor: round((renderSeconds * 1000) / result.renderMs),
    });
  }

  log(`playing live for ${liveSeconds} s`);
  const live = await page.evaluate(liveInPage, {
    processorUrl,
    recorderSource,
    seconds: liveSeconds,
    tempoBpm: 240,
    settings: { tempoBpm: 240, rhythm: meter([4]), trainer: null },
  });
  const heardMax = live.heardErrorsMs.reduce((a, b) => Math.max(a, b), 0);
  const heardMean = live.heardErrorsMs.reduce((a, b) => a + b, 0) / Math.max(1, live.heardErrorsMs.length);

  const cdp = await context.newCDPSession(page);
  const browserCdp = await browser.newBrowserCDPSession();
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  log(`idle for ${idleSeconds} s, then playing for ${cpuSeconds} s`);
  const idleStart = await metrics(cdp, browserCdp);
  await page.waitForTimeout(idleSeconds * 1000);
  const idleEnd = await metrics(cdp, browserCdp);
  await page.getByLabel("Subdivision").selectOption("duplets");
  await page.getByRole("slider", { name: "Tempo" }).fill("120");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Stop" }).waitFor();
  const playStart = await metrics(cdp, browserCdp);
  await page.waitForTimeout(cpuSeconds * 1000);
  const playEnd = await metrics(cdp, browserCdp);
  await page.getByRole("button", { name: "Stop" }).click();

  console.log(
    JSON.stringify(
      {
        machine: { cpus: cpus().length, loadAverage1m: round(loadavg()[0]) },
        offlineRender: { seconds: renderSeconds, cases: offline },
        live: {
          seconds: liveSeconds,
          tempoBpm: 240,
          sampleRate: live.sampleRate,
          baseLatencyMs: round(live.baseLatency * 1000),
          outputLatencyMs: round(live.outputLatency * 1000),
          renderedOnsets: { clicks: live.onsets, ...errorFigures(live.onsetErrors, live.sampleRate) },
          heardFromOutputTimestamps: {
            beats: live.heardErrorsMs.length,
            maxErrorUs: round(heardMax * 1000),
            meanErrorUs: round(heardMean * 1000),
          },
        },
        cpu: {
          playing: {
            seconds: cpuSeconds,
            tempoBpm: 120,
            subdivision: "duplets",
            ...perMinute(playStart, playEnd, cpuSeconds),
          },
          idle: { seconds: idleSeconds, ...perMinute(idleStart, idleEnd, idleSeconds) },
        },
        targets: { onsetErrorSamples: 0 },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
}
