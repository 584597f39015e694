import { collectionFixtures, defineMigrations, type PieceDoc, pieceSchema } from "@mirubato/schema";
import { expect, test } from "vitest";
import { toRxMigrationStrategies } from "./migration-strategies";

function firstPiece(): PieceDoc {
  const piece = collectionFixtures.pieces[0];
  if (piece === undefined) throw new Error("pieces fixtures are empty");
  return piece;
}

test("runs the domain strategy on the synced fields and keeps RxDB's bookkeeping", async () => {
  const piece = firstPiece();
  const strategies = defineMigrations<PieceDoc>(1, {
    1: (old) => ({ ...pieceSchema.parse(old), notes: "migrated" }),
  });
  const migrate = toRxMigrationStrategies(strategies, pieceSchema)[1];
  const migrated = await migrate?.({ ...piece, _attachments: {}, _rev: "1-a" }, undefined as never);
  expect(migrated).toEqual({ ...piece, notes: "migrated", _attachments: {}, _rev: "1-a" });
});

test("fails the migration when a strategy returns an invalid document", () => {
  const strategies = defineMigrations<PieceDoc>(1, { 1: () => ({ ...firstPiece(), title: "" }) });
  const migrate = toRxMigrationStrategies(strategies, pieceSchema)[1];
  expect(() => migrate?.(firstPiece(), undefined as never)).toThrow();
});

test("gives the strategy a document whole when RxDB has taken `_deleted` out, and leaves it to RxDB", async () => {
  const { _deleted, ...withoutDeleted } = firstPiece();
  const strategies = defineMigrations<PieceDoc>(1, { 1: (old) => pieceSchema.parse(old) });
  const migrate = toRxMigrationStrategies(strategies, pieceSchema)[1];
  expect(await migrate?.(withoutDeleted, undefined as never)).toEqual(withoutDeleted);
});
