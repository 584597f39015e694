/**
 * UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, 12 bits of sequence, the variant, then
 * 62 random bits. Ids sort by creation time, so RxDB and D1 indexes stay append-mostly. Within one
 * millisecond the 12-bit sequence counts up from a random start (RFC 9562 §6.2, method 1), so ids
 * made by one generator are strictly increasing even in a burst; if it overflows, the timestamp
 * field is advanced by one millisecond rather than repeating or going backwards.
 */

/** Lower-case canonical UUIDv7: version nibble 7, variant bits 10. */
export const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const maxUnixMs = 2 ** 48 - 1;
const maxSequence = 0xfff;

export interface UuidV7GeneratorOptions {
  /** Milliseconds since the Unix epoch; defaults to `Date.now`. */
  readonly now?: () => number;
  /** Fills the array with random bytes; defaults to `crypto.getRandomValues`. */
  readonly fillRandom?: (bytes: Uint8Array) => void;
}

/**
 * Creates an independent UUIDv7 generator whose ids are strictly increasing.
 *
 * @example
 * const nextId = createUuidV7Generator({ now: () => 1_700_000_000_000 });
 * nextId() < nextId(); // true
 */
export function createUuidV7Generator(options: UuidV7GeneratorOptions = {}): () => string {
  const now = options.now ?? (() => Date.now());
  const fillRandom = options.fillRandom ?? ((bytes: Uint8Array) => void crypto.getRandomValues(bytes));
  let lastMs = -1;
  let sequence = 0;
  return () => {
    const bytes = new Uint8Array(16);
    fillRandom(bytes);
    const wallMs = Math.min(Math.max(Math.floor(now()), 0), maxUnixMs);
    if (wallMs > lastMs) {
      lastMs = wallMs;
      // Start at a random point in the lower half so a burst rarely overflows.
      sequence = (((bytes[6] ?? 0) << 8) | (bytes[7] ?? 0)) & 0x7ff;
    } else if (sequence < maxSequence) {
      sequence += 1;
    } else {
      // Clock went backwards or the sequence overflowed: move time forward, never repeat.
      lastMs = Math.min(lastMs + 1, maxUnixMs);
      sequence = 0;
    }
    let ms = lastMs;
    for (let index = 5; index >= 0; index -= 1) {
      bytes[index] = ms % 256;
      ms = Math.floor(ms / 256);
    }
    bytes[6] = 0x70 | (sequence >> 8);
    bytes[7] = sequence & 0xff;
    bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
    return formatUuid(bytes);
  };
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Returns a new UUIDv7 for a document id. Works in browsers, Workers and Node (Web Crypto).
 *
 * @example
 * const id = uuidv7(); // "0192f1c4-5b7e-7a31-9c2d-4f0e8b6a1d23"
 */
export const uuidv7: () => string = createUuidV7Generator();

/**
 * Whether `value` is a canonical lower-case UUIDv7.
 *
 * @example
 * isUuidV7(uuidv7()); // true
 * isUuidV7("not-an-id"); // false
 */
export function isUuidV7(value: unknown): value is string {
  return typeof value === "string" && uuidV7Pattern.test(value);
}

/**
 * The Unix milliseconds encoded in a UUIDv7.
 *
 * @example
 * uuidV7TimestampMs("0192f1c4-5b7e-7a31-9c2d-4f0e8b6a1d23"); // 1730000000894
 */
export function uuidV7TimestampMs(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
