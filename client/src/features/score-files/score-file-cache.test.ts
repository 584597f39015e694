import { describe, expect, test } from "vitest";
import { chooseEvictions, emptyIndex, parseIndex, withFile, withKept } from "./cached-file-index";
import { formatBytes } from "./format-bytes";
import {
  type CacheLike,
  createScoreFileCache,
  type ScoreFileCacheDeps,
  scoreFileContentUrl,
} from "./score-file-cache";

class MapCache implements CacheLike {
  readonly entries = new Map<string, Response>();
  quotaBytes = Number.POSITIVE_INFINITY;
  async match(key: string) {
    return this.entries.get(key)?.clone();
  }
  async put(key: string, response: Response) {
    const size = (await response.clone().arrayBuffer()).byteLength;
    let used = 0;
    for (const stored of this.entries.values()) used += (await stored.clone().arrayBuffer()).byteLength;
    if (used + size > this.quotaBytes) throw new DOMException("full", "QuotaExceededError");
    this.entries.set(key, response);
  }
  async delete(key: string) {
    return this.entries.delete(key);
  }
}

function setUp(overrides: Partial<ScoreFileCacheDeps> = {}) {
  const cache = new MapCache();
  let stored: string | null = null;
  let nowMs = 1_000;
  const fetched: string[] = [];
  let isOnline = true;
  const server = new Map<string, { bytes: number; type: string }>([
    ["a", { bytes: 400, type: "application/pdf" }],
    ["b", { bytes: 300, type: "image/png" }],
    ["c", { bytes: 500, type: "application/pdf" }],
    ["html", { bytes: 10, type: "text/html" }],
  ]);
  const deps: ScoreFileCacheDeps = {
    openCache: async () => cache,
    indexStorage: { read: () => stored, write: (json) => (stored = json) },
    fetchFile: async (url) => {
      if (!isOnline) throw new TypeError("Failed to fetch");
      fetched.push(url);
      const id = decodeURIComponent(url.split("/")[4] ?? "");
      const file = server.get(id);
      if (file === undefined) return new Response("{}", { status: 404 });
      return new Response(new Uint8Array(file.bytes), { headers: { "content-type": file.type } });
    },
    estimate: async () => ({ usage: 5_000, quota: 1_000_000 }),
    now: () => nowMs++,
    budgetBytes: 1_000,
    ...overrides,
  };
  return {
    cache,
    fetched,
    files: createScoreFileCache(deps),
    goOffline: () => {
      isOnline = false;
    },
    storedIndex: () => parseIndex(stored),
  };
}

describe("score file cache", () => {
  test("fetches a file once, then serves it from the cache, even offline", async () => {
    const { files, fetched, goOffline } = setUp();
    const first = await files.load("a");
    expect(first).toMatchObject({ ok: true, file: { source: "network", contentType: "application/pdf" } });
    goOffline();
    const second = await files.load("a");
    expect(second.ok && second.file.source).toBe("cache");
    expect(second.ok && second.file.bytes.byteLength).toBe(400);
    expect(fetched).toEqual([scoreFileContentUrl("a")]);
  });

  test("reports offline, missing and unsupported files as typed failures", async () => {
    const { files, goOffline } = setUp();
    expect(await files.load("missing")).toEqual({ ok: false, code: "not_found" });
    expect(await files.load("html")).toEqual({ ok: false, code: "unsupported" });
    goOffline();
    expect(await files.load("b")).toEqual({ ok: false, code: "offline" });
  });

  test("evicts the least recently opened unkept file beyond the budget", async () => {
    const { files, cache } = setUp();
    await files.load("a");
    await files.load("b");
    await files.load("a");
    await files.load("c"); // 400 + 300 + 500 > 1000: b was opened longest ago
    expect(Object.keys(files.getIndex().files).sort()).toEqual(["a", "c"]);
    expect(cache.entries.has(scoreFileContentUrl("b"))).toBe(false);
  });

  test("never evicts a kept file, and keeping downloads it at once", async () => {
    const { files, fetched } = setUp();
    expect(await files.setKept("b", true)).toMatchObject({ ok: true });
    expect(fetched).toEqual([scoreFileContentUrl("b")]);
    await files.load("a");
    await files.load("c");
    const cached = Object.keys(files.getIndex().files).sort();
    expect(cached).toContain("b");
    expect(cached).toContain("c");
    expect(cached).not.toContain("a");
  });

  test("a keep that cannot download leaves the file unkept", async () => {
    const { files, goOffline } = setUp();
    goOffline();
    expect(await files.setKept("a", true)).toEqual({ ok: false, code: "offline" });
    expect(files.getIndex().keptFileIds).toEqual([]);
  });

  test("removing a file drops its bytes and its keep flag", async () => {
    const { files, cache } = setUp();
    await files.setKept("a", true);
    await files.remove("a");
    expect(files.getIndex()).toEqual(emptyIndex);
    expect(cache.entries.size).toBe(0);
  });

  test("makes room from unkept files when the browser's quota refuses a write", async () => {
    const { files, cache } = setUp({ budgetBytes: 10_000 });
    cache.quotaBytes = 900;
    await files.load("a");
    await files.load("b");
    const result = await files.load("c");
    expect(result.ok).toBe(true);
    expect(Object.keys(files.getIndex().files)).toEqual(["c"]);
  });

  test("still reads files when Cache Storage is unavailable", async () => {
    const { files } = setUp({ openCache: () => Promise.reject(new Error("no caches")) });
    const result = await files.load("a");
    expect(result.ok && result.file.source).toBe("network");
    expect(files.getIndex().files).toEqual({});
  });

  test("shares one download between concurrent loads of a file", async () => {
    const { files, fetched } = setUp();
    await Promise.all([files.load("a"), files.load("a")]);
    expect(fetched).toHaveLength(1);
  });

  test("summarises bytes, files, kept files and the browser's quota", async () => {
    const { files, storedIndex } = setUp();
    await files.load("a");
    await files.setKept("b", true);
    expect(await files.getSummary()).toEqual({
      usedBytes: 700,
      fileCount: 2,
      keptCount: 1,
      quota: { usageBytes: 5_000, quotaBytes: 1_000_000 },
    });
    expect(Object.keys(storedIndex().files).sort()).toEqual(["a", "b"]);
  });

  test("notifies subscribers when the index changes", async () => {
    const { files } = setUp();
    let calls = 0;
    const unsubscribe = files.subscribe(() => calls++);
    await files.load("a");
    unsubscribe();
    await files.load("b");
    expect(calls).toBeGreaterThan(0);
    const afterUnsubscribe = calls;
    await files.remove("b");
    expect(calls).toBe(afterUnsubscribe);
  });
});

describe("cached file index", () => {
  test("a corrupt stored index reads as empty", () => {
    expect(parseIndex("{not json")).toEqual(emptyIndex);
    expect(parseIndex(JSON.stringify({ files: { a: { sizeBytes: -1 } } }))).toEqual(emptyIndex);
  });

  test("eviction keeps the protected and kept files even over budget", () => {
    let index = withFile(emptyIndex, "old", {
      sizeBytes: 600,
      contentType: "application/pdf",
      lastOpenedMs: 1,
    });
    index = withFile(index, "kept", { sizeBytes: 600, contentType: "application/pdf", lastOpenedMs: 0 });
    index = withFile(index, "open", { sizeBytes: 600, contentType: "application/pdf", lastOpenedMs: 2 });
    index = withKept(index, "kept", true);
    expect(chooseEvictions(index, 100, "open")).toEqual(["old"]);
  });
});

describe("formatBytes", () => {
  test("uses decimal units with one decimal below ten", () => {
    expect(formatBytes(820, "en")).toBe("0.8 kB");
    expect(formatBytes(12_400_000, "en")).toBe("12 MB");
    expect(formatBytes(1_500_000_000, "en")).toBe("1.5 GB");
  });
});
