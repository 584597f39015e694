import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../../db/device-storage";

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
  // Each field falls back on its own (`.catch`), so an older build's options keep what still fits.
  return readerOptionsSchema.parse(
    readStoredJson(globalThis.localStorage, storageKey, z.looseObject({})) ?? {},
  );
}

export function saveReaderOptions(options: ReaderOptions): void {
  writeStoredJson(globalThis.localStorage, storageKey, options);
}
