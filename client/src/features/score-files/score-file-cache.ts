/**
 * Fetch-through cache of score files. Every file opened is kept in Cache Storage, so a score read
 * once reads again offline; files beyond the budget are evicted least recently opened first,
 * unless the musician keeps them offline (a device-local flag, see cached-file-index.ts). A file's
 * bytes never change under its id (a new upload is a new file), so a cached copy is never stale
 * and is served without asking the network.
 */
import { SCORE_CONTENT_TYPES, type ScoreContentType } from "@mirubato/schema";
import { z } from "zod";
import {
  type CachedFileIndex,
  chooseEvictions,
  isKept,
  parseIndex,
  totalBytes,
  withFile,
  withKept,
  withoutFiles,
} from "./cached-file-index";

export interface ScoreFile {
  readonly fileId: string;
  readonly contentType: ScoreContentType;
  readonly bytes: ArrayBuffer;
  readonly source: "cache" | "network";
}

export type ScoreFileErrorCode = "offline" | "not_found" | "signed_out" | "unsupported" | "failed";

export type ScoreFileResult =
  | { readonly ok: true; readonly file: ScoreFile }
  | { readonly ok: false; readonly code: ScoreFileErrorCode };

export interface StorageSummary {
  readonly usedBytes: number;
  readonly fileCount: number;
  readonly keptCount: number;
  /** From `navigator.storage.estimate()`: the whole origin's usage and quota, when the browser says. */
  readonly quota?: { readonly usageBytes: number; readonly quotaBytes: number };
}

/** The part of Cache Storage's `Cache` used here, so tests can pass a Map-backed fake. */
export interface CacheLike {
  match(key: string): Promise<Response | undefined>;
  put(key: string, response: Response): Promise<void>;
  delete(key: string): Promise<boolean>;
}

export interface IndexStorage {
  read(): string | null;
  write(json: string): void;
  /** Calls back when another tab changed the index. */
  watch?(onChange: () => void): () => void;
}

export interface ScoreFileCacheDeps {
  readonly openCache: () => Promise<CacheLike>;
  readonly indexStorage: IndexStorage;
  readonly fetchFile: (url: string) => Promise<Response>;
  readonly estimate?: () => Promise<{ usage?: number; quota?: number }>;
  readonly now: () => number;
  readonly budgetBytes: number;
}

export interface ScoreFileCache {
  load(fileId: string): Promise<ScoreFileResult>;
  remove(fileId: string): Promise<void>;
  /** Keeping a file offline downloads it now if it is not cached yet; a failed download keeps nothing. */
  setKept(fileId: string, shouldKeep: boolean): Promise<ScoreFileResult | { readonly ok: true }>;
  getIndex(): CachedFileIndex;
  subscribe(listener: () => void): () => void;
  getSummary(): Promise<StorageSummary>;
}

export const scoreFileContentUrl = (fileId: string) =>
  `/api/scores/files/${encodeURIComponent(fileId)}/content`;

const contentTypeSchema = z.enum(SCORE_CONTENT_TYPES);

function contentTypeOf(response: Response): ScoreContentType | undefined {
  const header = response.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const parsed = contentTypeSchema.safeParse(header);
  return parsed.success ? parsed.data : undefined;
}

function codeForStatus(status: number): ScoreFileErrorCode {
  if (status === 404) return "not_found";
  if (status === 401) return "signed_out";
  return "failed";
}

/**
 * @example
 * const cache = createScoreFileCache({ openCache: () => caches.open("score-files"), … });
 * const result = await cache.load(score.fileId);
 * if (result.ok) render(result.file.bytes);
 */
export function createScoreFileCache(deps: ScoreFileCacheDeps): ScoreFileCache {
  let index = parseIndex(deps.indexStorage.read());
  const listeners = new Set<() => void>();
  const inFlight = new Map<string, Promise<ScoreFileResult>>();
  const publish = (next: CachedFileIndex) => {
    index = next;
    deps.indexStorage.write(JSON.stringify(next));
    for (const listener of listeners) listener();
  };
  deps.indexStorage.watch?.(() => {
    index = parseIndex(deps.indexStorage.read());
    for (const listener of listeners) listener();
  });
  const openCache = async (): Promise<CacheLike | undefined> => {
    try {
      return await deps.openCache();
    } catch {
      // No Cache Storage (a private window, an insecure origin): files are still read, only not kept.
      return undefined;
    }
  };

  const evictBeyond = async (cache: CacheLike, budgetBytes: number, protectedId: string) => {
    const evicted = chooseEvictions(index, budgetBytes, protectedId);
    await Promise.all(evicted.map((fileId) => cache.delete(scoreFileContentUrl(fileId))));
    if (evicted.length > 0) publish(withoutFiles(index, evicted));
  };

  const store = async (
    cache: CacheLike,
    fileId: string,
    bytes: ArrayBuffer,
    contentType: ScoreContentType,
  ) => {
    const key = scoreFileContentUrl(fileId);
    const copy = () => new Response(bytes.slice(0), { headers: { "content-type": contentType } });
    try {
      await cache.put(key, copy());
    } catch {
      // Most likely the origin's quota: make room from unkept files and try once more; if that
      // fails too, the musician still reads the file, it is just not kept for offline.
      await evictBeyond(cache, 0, fileId);
      try {
        await cache.put(key, copy());
      } catch {
        return;
      }
    }
    publish(withFile(index, fileId, { sizeBytes: bytes.byteLength, contentType, lastOpenedMs: deps.now() }));
    await evictBeyond(cache, deps.budgetBytes, fileId);
  };

  const fromCache = async (cache: CacheLike, fileId: string): Promise<ScoreFile | undefined> => {
    const cached = await cache.match(scoreFileContentUrl(fileId));
    const contentType = cached === undefined ? undefined : contentTypeOf(cached);
    if (cached === undefined || contentType === undefined) return undefined;
    const bytes = await cached.arrayBuffer();
    publish(withFile(index, fileId, { sizeBytes: bytes.byteLength, contentType, lastOpenedMs: deps.now() }));
    return { fileId, contentType, bytes, source: "cache" };
  };

  const fetchAndStore = async (fileId: string): Promise<ScoreFileResult> => {
    const cache = await openCache();
    const cached = cache === undefined ? undefined : await fromCache(cache, fileId);
    if (cached !== undefined) return { ok: true, file: cached };
    let response: Response;
    try {
      response = await deps.fetchFile(scoreFileContentUrl(fileId));
    } catch {
      // fetch rejects only when no answer came back at all: offline or the server unreachable.
      return { ok: false, code: "offline" };
    }
    if (!response.ok) return { ok: false, code: codeForStatus(response.status) };
    const contentType = contentTypeOf(response);
    if (contentType === undefined) return { ok: false, code: "unsupported" };
    const bytes = await response.arrayBuffer();
    if (cache !== undefined) await store(cache, fileId, bytes, contentType);
    return { ok: true, file: { fileId, contentType, bytes, source: "network" } };
  };

  const load = (fileId: string): Promise<ScoreFileResult> => {
    const running = inFlight.get(fileId);
    if (running !== undefined) return running;
    const loading = fetchAndStore(fileId).finally(() => inFlight.delete(fileId));
    inFlight.set(fileId, loading);
    return loading;
  };

  return {
    load,
    async remove(fileId) {
      const cache = await openCache();
      await cache?.delete(scoreFileContentUrl(fileId));
      publish(withKept(withoutFiles(index, [fileId]), fileId, false));
    },
    async setKept(fileId, shouldKeep) {
      publish(withKept(index, fileId, shouldKeep));
      if (!shouldKeep || index.files[fileId] !== undefined) return { ok: true };
      const result = await load(fileId);
      if (!result.ok) publish(withKept(index, fileId, false));
      return result;
    },
    getIndex: () => index,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async getSummary() {
      const files = Object.keys(index.files);
      const summary = {
        usedBytes: totalBytes(index),
        fileCount: files.length,
        keptCount: files.filter((fileId) => isKept(index, fileId)).length,
      };
      const estimate = await deps.estimate?.().catch(() => undefined);
      if (estimate?.quota === undefined || estimate.usage === undefined) return summary;
      return { ...summary, quota: { usageBytes: estimate.usage, quotaBytes: estimate.quota } };
    },
  };
}

const indexKey = "mirubato.score-files.v1";
/** Enough for a few hundred typical scores; kept files may exceed it. */
const defaultBudgetBytes = 500 * 1024 * 1024;

function browserIndexStorage(): IndexStorage {
  return {
    read: () => globalThis.localStorage?.getItem(indexKey) ?? null,
    write: (json) => globalThis.localStorage?.setItem(indexKey, json),
    watch(onChange) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === indexKey) onChange();
      };
      globalThis.addEventListener?.("storage", onStorage);
      return () => globalThis.removeEventListener?.("storage", onStorage);
    },
  };
}

let browserCache: ScoreFileCache | undefined;

/** The browser's cache, created on first use (never at import, so importing stays side-effect free). */
export function getScoreFileCache(): ScoreFileCache {
  browserCache ??= createScoreFileCache({
    openCache: () => caches.open("mirubato-score-files-v1"),
    indexStorage: browserIndexStorage(),
    fetchFile: (url) => fetch(url, { credentials: "same-origin" }),
    estimate: () => navigator.storage.estimate(),
    now: () => Date.now(),
    budgetBytes: defaultBudgetBytes,
  });
  return browserCache;
}

/** A score's file: from this device's cache when it holds it, else from the Scores worker (then cached). */
export function loadScoreFile(fileId: string): Promise<ScoreFileResult> {
  return getScoreFileCache().load(fileId);
}

/** Forgets a file on this device (say, when its score is deleted); the server copy is untouched. */
export function removeCachedScoreFile(fileId: string): Promise<void> {
  return getScoreFileCache().remove(fileId);
}
