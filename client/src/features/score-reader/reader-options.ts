import { z } from "zod";

/**
 * How the musician likes to read, remembered on this device (a tablet on a stand and a laptop
 * want different layouts, so this is not synced).
 */
export const readerOptionsSchema = z.object({
  twoUp: z.enum(["auto", "on", "off"]).catch("auto"),
  isHalfPage: z.boolean().catch(false),
  fit: z.enum(["page", "width"]).catch("page"),
  scrollSpeed: z.number().min(5).max(200).catch(30),
});
export type ReaderOptions = z.infer<typeof readerOptionsSchema>;

const storageKey = "mirubato.reader-options.v1";

export function loadReaderOptions(): ReaderOptions {
  let raw: unknown = {};
  try {
    raw = JSON.parse(globalThis.localStorage?.getItem(storageKey) ?? "{}");
  } catch {
    // A corrupt value: the defaults below are what a first visit gets anyway.
  }
  return readerOptionsSchema.parse(typeof raw === "object" && raw !== null ? raw : {});
}

export function saveReaderOptions(options: ReaderOptions): void {
  globalThis.localStorage?.setItem(storageKey, JSON.stringify(options));
}
