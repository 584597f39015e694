import { createDocument } from "../document-stamping";
import { createHlcClock } from "../hlc-clock";
import type { SyncedDocument } from "../synced-document";
import type { DemoPiece } from "./demo-repertoire";

/** The device every demo document is stamped by: any real edit later outranks it. */
export const DEMO_DEVICE_ID = "seed";

export interface DemoRange {
  seed: string;
  /** First local date, `YYYY-MM-DD`. */
  startDate: string;
  days: number;
  timeZone: string;
}

/**
 * Creates a demo document stamped by the seed device's clock at `atMs`: every stamp, `createdAt`
 * and `updatedAt` derive from the data, never from the time of generation, so generating twice
 * gives byte-identical documents.
 */
export function demoDocument<Content extends object>(content: Content, id: string, atMs: number) {
  const clock = createHlcClock({ deviceId: DEMO_DEVICE_ID, now: () => atMs });
  const doc: Content & SyncedDocument = createDocument(content, clock, { id });
  return doc;
}

/** The day index where a fraction of the range falls (negative: before the range). */
export function dayIndexOf(fraction: number, days: number): number {
  return Math.round(fraction * days);
}

/** The piece's status on a day of the range, or undefined before it joined the repertoire. */
export function statusOn(
  piece: DemoPiece,
  dayIndex: number,
  days: number,
): DemoPiece["timeline"][number][0] | undefined {
  let status: DemoPiece["timeline"][number][0] | undefined;
  for (const [next, fraction] of piece.timeline) if (dayIndexOf(fraction, days) <= dayIndex) status = next;
  return status;
}
