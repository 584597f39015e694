import { describe, expect, test } from "vitest";
import { scoreFileRecord } from "../../api/score-file.fixtures";
import { checkFiles } from "./upload-checks";
import { pollDelayMs, reduceUploads, type UploadItem } from "./upload-queue";

const megabyte = 1024 * 1024;

const record = scoreFileRecord;

function added(name: string, size: number, type = "application/pdf"): readonly UploadItem[] {
  const [check] = checkFiles([{ name, type, size }]);
  if (check === undefined) throw new Error("no check");
  return reduceUploads([], { type: "added", files: [{ id: "u1", fileName: name, sizeBytes: size, check }] });
}

describe("checkFiles", () => {
  test("refuses a 60 MB PDF before anything is sent", () => {
    expect(checkFiles([{ name: "big.pdf", type: "application/pdf", size: 60 * megabyte }])).toEqual([
      { ok: false, reason: "pdf_too_large" },
    ]);
  });

  test("refuses an image over 10 MB and a file that is neither PDF nor image", () => {
    expect(
      checkFiles([
        { name: "photo.jpg", type: "image/jpeg", size: 11 * megabyte },
        { name: "notes.docx", type: "application/vnd.openxmlformats-officedocument", size: 1000 },
      ]),
    ).toEqual([
      { ok: false, reason: "image_too_large" },
      { ok: false, reason: "unsupported_type" },
    ]);
  });

  test("sends the images that fit in a 50 MB batch and refuses the rest", () => {
    const images = Array.from({ length: 6 }, (_, index) => ({
      name: `page-${index}.png`,
      type: "image/png",
      size: 9 * megabyte,
    }));
    const checks = checkFiles(images);
    expect(checks.filter((check) => check.ok)).toHaveLength(5);
    expect(checks[5]).toEqual({ ok: false, reason: "batch_too_large" });
  });

  test("recognises a PDF by its name when the browser gave no type", () => {
    expect(checkFiles([{ name: "Score.PDF", type: "", size: 100 }])).toEqual([{ ok: true, kind: "pdf" }]);
  });
});

describe("reduceUploads", () => {
  test("a file that passes the checks starts uploading; one that fails is failed at once", () => {
    expect(added("prelude.pdf", 1000)).toEqual([
      {
        id: "u1",
        fileName: "prelude.pdf",
        source: "upload",
        phase: "uploading",
        loadedBytes: 0,
        totalBytes: 1000,
      },
    ]);
    expect(added("huge.pdf", 60 * megabyte)[0]).toMatchObject({
      phase: "failed",
      failure: { kind: "check", reason: "pdf_too_large" },
    });
  });

  test("an image becomes a score of source images", () => {
    expect(added("page.webp", 1000, "image/webp")[0]?.source).toBe("images");
  });

  test("progress, then processing, then ready for review once processed", () => {
    let items = added("prelude.pdf", 1000);
    items = reduceUploads(items, { type: "progressed", id: "u1", loadedBytes: 500, totalBytes: 1000 });
    expect(items[0]).toMatchObject({ phase: "uploading", loadedBytes: 500 });
    items = reduceUploads(items, { type: "uploaded", id: "u1", record: record() });
    expect(items[0]?.phase).toBe("processing");
    const processed = record({ processingStatus: "processed", pageCount: 3 });
    items = reduceUploads(items, { type: "polled", id: "u1", record: processed });
    expect(items[0]).toEqual({
      id: "u1",
      fileName: "prelude.pdf",
      source: "upload",
      phase: "ready",
      record: processed,
    });
  });

  test("a file whose processing failed says why and keeps its record", () => {
    let items = reduceUploads(added("long.pdf", 1000), { type: "uploaded", id: "u1", record: record() });
    const failed = record({ processingStatus: "failed", failureCode: "too_many_pages" });
    items = reduceUploads(items, { type: "polled", id: "u1", record: failed });
    expect(items[0]).toMatchObject({
      phase: "failed",
      record: failed,
      failure: { kind: "processing", failureCode: "too_many_pages" },
    });
  });

  test("a network failure can be retried from zero; a refused file cannot", () => {
    const offline = reduceUploads(added("prelude.pdf", 1000), {
      type: "uploadFailed",
      id: "u1",
      failure: { kind: "server", code: "network" },
    });
    expect(reduceUploads(offline, { type: "retried", id: "u1", sizeBytes: 1000 })[0]).toMatchObject({
      phase: "uploading",
      loadedBytes: 0,
    });
    const refused = reduceUploads(added("fake.pdf", 1000), {
      type: "uploadFailed",
      id: "u1",
      failure: { kind: "server", code: "unsupported_media_type" },
    });
    expect(reduceUploads(refused, { type: "retried", id: "u1", sizeBytes: 1000 })).toBe(refused);
  });

  test("late events for a file in another phase change nothing", () => {
    const failed = reduceUploads(added("prelude.pdf", 1000), {
      type: "uploadFailed",
      id: "u1",
      failure: { kind: "server", code: "network" },
    });
    expect(reduceUploads(failed, { type: "progressed", id: "u1", loadedBytes: 10, totalBytes: 1000 })).toBe(
      failed,
    );
    expect(reduceUploads(failed, { type: "polled", id: "u1", record: record() })).toBe(failed);
  });

  test("an import by URL enters the queue at its record's phase, as source url", () => {
    const items = reduceUploads([], {
      type: "imported",
      id: "u2",
      fileName: "https://example.org/score.pdf",
      record: record({ processingStatus: "processed", pageCount: 2 }),
    });
    expect(items[0]).toMatchObject({ phase: "ready", source: "url" });
  });

  test("removing a file takes it out of the queue", () => {
    expect(reduceUploads(added("prelude.pdf", 1000), { type: "removed", id: "u1" })).toEqual([]);
  });
});

test("polling backs off from 1 s to at most 10 s", () => {
  expect([0, 1, 2, 10].map(pollDelayMs)).toEqual([1000, 1500, 2250, 10_000]);
});
