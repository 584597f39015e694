import type { PieceContent } from "@mirubato/schema";

/** A valid repertoire piece's content for tests. */
export const pieceContent: PieceContent = {
  title: "Clair de lune",
  instrument: "piano",
  status: "learning",
  statusHistory: [],
  notes: "",
  links: [],
  scoreIds: [],
};
