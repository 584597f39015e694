import { SCORE_CONTENT_TYPES } from "@mirubato/schema";
import { z } from "zod";

/**
 * The device-local index of score files held in Cache Storage: size, type and last opening of
 * each cached file, and which files the musician keeps offline. It is never synced: what a tablet
 * keeps is that tablet's business. Stored as JSON and parsed on every read, so a corrupt or older
 * index degrades to "nothing cached" (the files are then fetched again), never to a crash.
 */
export const cachedFileSchema = z.object({
  sizeBytes: z.int().min(0),
  contentType: z.enum(SCORE_CONTENT_TYPES),
  lastOpenedMs: z.number().min(0),
});
export type CachedFile = z.infer<typeof cachedFileSchema>;

export const cachedFileIndexSchema = z.object({
  files: z.record(z.string(), cachedFileSchema),
  keptFileIds: z.array(z.string()),
});
export type CachedFileIndex = z.infer<typeof cachedFileIndexSchema>;

export const emptyIndex: CachedFileIndex = { files: {}, keptFileIds: [] };

export function parseIndex(json: string | null): CachedFileIndex {
  if (json === null) return emptyIndex;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    // A half-written or foreign value: start over; the cached bytes are re-indexed as they are opened.
    return emptyIndex;
  }
  const parsed = cachedFileIndexSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptyIndex;
}

export function isKept(index: CachedFileIndex, fileId: string): boolean {
  return index.keptFileIds.includes(fileId);
}

export function totalBytes(index: CachedFileIndex): number {
  return Object.values(index.files).reduce((sum, file) => sum + file.sizeBytes, 0);
}

/**
 * The files to evict so the cache fits `budgetBytes`: least recently opened first, never a kept
 * file and never `protectedId` (the one being read right now). Kept files may alone exceed the
 * budget; the musician asked for them.
 *
 * @example
 * chooseEvictions(index, 200 * 1024 * 1024, "file-being-read"); // ["oldest", "older"]
 */
export function chooseEvictions(index: CachedFileIndex, budgetBytes: number, protectedId?: string): string[] {
  let total = totalBytes(index);
  const candidates = Object.entries(index.files)
    .filter(([fileId]) => fileId !== protectedId && !isKept(index, fileId))
    .sort(([, a], [, b]) => a.lastOpenedMs - b.lastOpenedMs);
  const evicted: string[] = [];
  for (const [fileId, file] of candidates) {
    if (total <= budgetBytes) break;
    evicted.push(fileId);
    total -= file.sizeBytes;
  }
  return evicted;
}

export function withFile(index: CachedFileIndex, fileId: string, file: CachedFile): CachedFileIndex {
  return { ...index, files: { ...index.files, [fileId]: file } };
}

export function withoutFiles(index: CachedFileIndex, fileIds: readonly string[]): CachedFileIndex {
  const files = { ...index.files };
  for (const fileId of fileIds) delete files[fileId];
  return { ...index, files };
}

export function withKept(index: CachedFileIndex, fileId: string, shouldKeep: boolean): CachedFileIndex {
  const others = index.keptFileIds.filter((id) => id !== fileId);
  return { ...index, keptFileIds: shouldKeep ? [...others, fileId] : others };
}
