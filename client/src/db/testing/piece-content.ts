import { testPieceContent } from "@mirubato/domain/testing";

/** A valid repertoire piece's content for the database and sync tests. */
export const pieceContent = testPieceContent({ title: "Clair de lune" });
