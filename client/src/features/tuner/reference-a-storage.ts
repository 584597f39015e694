/** The tuner's reference A, kept in this device's localStorage (a device setting, not synced). */
import { defaultReferenceA, maxReferenceA, minReferenceA } from "@mirubato/domain";
import { z } from "zod";

const storageKey = "mirubato.tuner.referenceA";
const referenceASchema = z.coerce.number().int().min(minReferenceA).max(maxReferenceA);

export function readReferenceA(storage: Pick<Storage, "getItem">): number {
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey);
  } catch {
    // Storage can be blocked by the browser; A 440 is the sensible default then.
    return defaultReferenceA;
  }
  const parsed = referenceASchema.safeParse(raw);
  return raw !== null && parsed.success ? parsed.data : defaultReferenceA;
}

export function writeReferenceA(storage: Pick<Storage, "setItem">, referenceA: number): void {
  try {
    storage.setItem(storageKey, String(referenceA));
  } catch {
    // Full or blocked storage: the tuner still works at this pitch until the page closes.
  }
}
