import { createSeededRandom } from "./seeded-random";

/**
 * A deterministic UUIDv7 for a demo document: the creation time in the first 48 bits (so ids sort
 * like real ones) and bits derived from `seed|key` elsewhere. The same seed and key always give
 * the same id, so re-seeding updates documents instead of duplicating them.
 *
 * @example
 * demoId("demo", "piece:bwv-846", Date.UTC(2025, 0, 5)); // stable across runs
 */
export function demoId(seed: string, key: string, createdAtMs: number): string {
  const random = createSeededRandom(`${seed}|id|${key}`);
  const bytes = new Uint8Array(16);
  let ms = Math.max(0, Math.floor(createdAtMs));
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  for (let index = 6; index < 16; index += 1) bytes[index] = random.int(0, 255);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
