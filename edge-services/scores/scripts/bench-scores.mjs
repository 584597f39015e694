#!/usr/bin/env node
// Score files against a running stack: upload latency, upload → processed latency by page count
// (it includes the queue's batching wait, up to max_batch_timeout = 1 s), full and ranged
// download of a 20 MB PDF, delete latency. Prints one JSON object; asserts nothing.
//   node edge-services/scores/scripts/bench-scores.mjs http://localhost:4000
// Needs the local environment (dev mailbox) for signing in.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const baseUrl = process.argv[2] ?? "http://localhost:4000";
const here = fileURLToPath(new URL(".", import.meta.url));
const esbuild = createRequire(new URL("../../../e2e/package.json", import.meta.url))("esbuild");

/** The tests' PDF generator (TypeScript), bundled on the fly. */
async function loadFixtures() {
  const built = await esbuild.build({
    entryPoints: [`${here}../src/test-support/fixtures.ts`],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const source = Buffer.from(built.outputFiles[0].contents).toString("base64");
  return import(`data:text/javascript;base64,${source}`);
}

const stats = (samples) => {
  const sorted = samples.toSorted((a, b) => a - b);
  const at = (q) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10;
  return { count: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
};

async function timed(action) {
  const startedAt = performance.now();
  const result = await action();
  return { result, ms: performance.now() - startedAt };
}

function firstCookie(response, name) {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return header?.split(";")[0];
}

async function signIn() {
  const email = `bench-scores-${randomUUID().slice(0, 8)}@e2e.mirubato.test`;
  const asked = await fetch(`${baseUrl}/api/auth/magic-link`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email }),
  });
  const mail = await (await fetch(`${baseUrl}/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json();
  const verifyUrl = new URL(mail.messages[0].links.find((link) => link.includes("/api/auth/verify")));
  const verified = await fetch(`${baseUrl}${verifyUrl.pathname}${verifyUrl.search}`, {
    redirect: "manual",
    headers: { cookie: firstCookie(asked, "mirubato_signin") ?? "" },
  });
  const cookie = firstCookie(verified, "mirubato_session");
  if (cookie === undefined) throw new Error(`sign-in failed: ${verified.status}`);
  return cookie;
}

async function main() {
  const { tinyPdf, variant } = await loadFixtures();
  const cookie = await signIn();
  const files = `${baseUrl}/api/scores/files`;
  const upload = async (bytes) => {
    const response = await fetch(files, {
      method: "POST",
      headers: { cookie, origin: baseUrl },
      body: bytes,
    });
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const processed = async (id) => {
    for (;;) {
      const record = await (await fetch(`${files}/${id}`, { headers: { cookie } })).json();
      if (record.processingStatus === "processed" || record.processingStatus === "failed") return record;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const ids = [];

  const onePage = tinyPdf({ pages: ["Allegro"] });
  const uploads = [];
  for (let index = 0; index < 30; index++) {
    const { result, ms } = await timed(() => upload(variant(onePage, index)));
    ids.push(result.id);
    uploads.push(ms);
  }

  const processing = {};
  for (const pageCount of [1, 100, 500]) {
    const samples = [];
    for (let run = 0; run < 3; run++) {
      const pages = Array.from({ length: pageCount }, (_, index) => `Allegro dolce ${run} ${index}`);
      const { ms } = await timed(async () => {
        const record = await upload(tinyPdf({ pages }));
        ids.push(record.id);
        const done = await processed(record.id);
        if (done.pageCount !== pageCount) throw new Error(`counted ${done.pageCount} of ${pageCount} pages`);
      });
      samples.push(ms);
    }
    processing[`${pageCount}Pages`] = stats(samples);
  }

  const big = new Uint8Array(20 * 1024 * 1024);
  big.set(tinyPdf({ pages: ["big"] }));
  const { result: bigRecord, ms: bigUploadMs } = await timed(() => upload(big));
  ids.push(bigRecord.id);
  const content = `${files}/${bigRecord.id}/content`;
  const { ms: downloadMs } = await timed(async () =>
    (await fetch(content, { headers: { cookie } })).arrayBuffer(),
  );
  const ranges = [];
  for (let index = 0; index < 20; index++) {
    const start = index * 65_536;
    ranges.push(
      (
        await timed(async () =>
          (
            await fetch(content, { headers: { cookie, range: `bytes=${start}-${start + 65_535}` } })
          ).arrayBuffer(),
        )
      ).ms,
    );
  }

  const deletes = [];
  for (const id of ids) {
    deletes.push(
      (await timed(() => fetch(`${files}/${id}`, { method: "DELETE", headers: { cookie, origin: baseUrl } })))
        .ms,
    );
  }

  const mbPerSecond = (ms) => Math.round((20 / (ms / 1000)) * 10) / 10;
  console.log(
    JSON.stringify(
      {
        baseUrl,
        machine: {
          cpus: cpus().length,
          loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
        },
        upload1PagePdf: stats(uploads),
        uploadToProcessed: processing,
        pdf20MB: {
          uploadMs: Math.round(bigUploadMs),
          uploadMBps: mbPerSecond(bigUploadMs),
          downloadMs: Math.round(downloadMs),
          downloadMBps: mbPerSecond(downloadMs),
          range64KB: stats(ranges),
        },
        delete: stats(deletes),
      },
      null,
      2,
    ),
  );
}

await main();
