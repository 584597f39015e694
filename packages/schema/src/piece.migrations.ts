import { defineMigrations } from "./migrations";
import { type PieceDoc, pieceSchemaVersion } from "./piece.schema";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const pieceMigrations = defineMigrations<PieceDoc>(pieceSchemaVersion, {});
