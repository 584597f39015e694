import type { ScoreDoc } from "@mirubato/schema";
import type { DeepReadonly } from "rxdb";
import { useDocument } from "../../db/use-document";

export interface SetlistNeighbours {
  readonly previous: DeepReadonly<ScoreDoc> | undefined;
  readonly next: DeepReadonly<ScoreDoc> | undefined;
  /** True when the score is the setlist's last. */
  readonly isLast: boolean;
}

const none = "";

/** The scores before and after this one in a setlist, when the reader was opened from one. */
export function useSetlistNeighbours(
  scoreId: string,
  setlistId: string | undefined,
): SetlistNeighbours | undefined {
  const { document: setlist } = useDocument("score_collections", setlistId ?? none);
  const ids = setlist?.scoreIds ?? [];
  const position = ids.indexOf(scoreId);
  const { document: previous } = useDocument(
    "scores",
    (position > 0 ? ids[position - 1] : undefined) ?? none,
  );
  const { document: next } = useDocument("scores", (position >= 0 ? ids[position + 1] : undefined) ?? none);
  if (setlist === undefined || position === -1) return undefined;
  return { previous, next, isLast: position === ids.length - 1 };
}
