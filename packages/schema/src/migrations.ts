import { z } from "zod";

/**
 * RxDB migration strategies for one collection: `strategies[n]` turns a document stored at schema
 * version `n - 1` into version `n`. Its input is `unknown` because it is data written by an older
 * app; a strategy must parse what it reads and return a document valid at version `n`.
 */
export type MigrationStrategies<Doc> = Readonly<Record<number, (oldDoc: unknown) => Doc>>;

const strategySchema = z.custom<(oldDoc: unknown) => unknown>((value) => typeof value === "function", {
  message: "a migration strategy must be a function",
});

/** Shape check for any strategy map: positive integer keys, function values. */
export const migrationStrategiesSchema = z.record(z.string().regex(/^[1-9]\d*$/), strategySchema);

/**
 * Validates and freezes a collection's strategies: there must be exactly one for every version from
 * 1 to `schemaVersion`, so a bump without a strategy fails at import time, not on a user's device.
 *
 * @example
 * export const pieceMigrations = defineMigrations<PieceDoc>(pieceSchemaVersion, {});
 */
export function defineMigrations<Doc>(
  schemaVersion: number,
  strategies: MigrationStrategies<Doc>,
): MigrationStrategies<Doc> {
  migrationStrategiesSchema.parse(strategies);
  const expected = Array.from({ length: schemaVersion }, (_, index) => String(index + 1));
  const actual = Object.keys(strategies).sort((a, b) => Number(a) - Number(b));
  if (actual.join(",") !== expected.join(",")) {
    throw new Error(`migrations must cover versions [${expected.join(", ")}], got [${actual.join(", ")}]`);
  }
  return Object.freeze({ ...strategies });
}
