/**
 * The id of a plan's occurrence on a local date, the same on every device. Two phones that both
 * check in Monday's warm-up write one document, which the field-level merge then converges, instead
 * of two near-identical ones. The id is a valid UUIDv7 (the schema's id rule): its timestamp field
 * is the local date's midnight as if in UTC, so occurrences sort by day; the other 74 bits are a
 * hash of (planId, localDate). It is a name, not a secret: collisions only need to be improbable.
 */
import { toEpochDay } from "../practice/time/local-date-math";

const msPerDay = 86_400_000;

/** FNV-1a over the string's UTF-16 units with a per-lane seed, then a final avalanche (murmur3 fmix32). */
function hash32(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The deterministic occurrence id for `planId` on `localDate`.
 *
 * @example
 * getPlanOccurrenceId(planId, "2026-03-02") === getPlanOccurrenceId(planId, "2026-03-02"); // true
 */
export function getPlanOccurrenceId(planId: string, localDate: string): string {
  const name = `${planId}|${localDate}`;
  const bytes = new Uint8Array(16);
  let ms = toEpochDay(localDate) * msPerDay;
  for (let index = 5; index >= 0; index--) {
    bytes[index] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  const lanes = [hash32(name, 1), hash32(name, 2), hash32(name, 3)];
  for (let index = 6; index < 16; index++) {
    const lane = lanes[Math.floor((index - 6) / 4)] ?? 0;
    bytes[index] = (lane >>> (8 * ((index - 6) % 4))) & 0xff;
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
