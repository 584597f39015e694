import type { PieceDoc } from "@mirubato/schema";
import { useMemo } from "react";
import { useT } from "../../i18n/i18n-context";
import { ScoreLink } from "./score-link";
import { useScores } from "./use-score-library";

/** A repertoire piece's linked scores, in the order linked, each opening the reader. */
export function PieceScores({ piece }: { readonly piece: PieceDoc }) {
  const t = useT();
  const { scores } = useScores();
  const linked = useMemo(() => {
    const byId = new Map(scores.map((score) => [score.id, score]));
    return piece.scoreIds.flatMap((id) => byId.get(id) ?? []);
  }, [scores, piece.scoreIds]);
  if (linked.length === 0) return <p className="muted">{t("scores.pieceNoScores")}</p>;
  return (
    <ul>
      {linked.map((score) => (
        <li key={score.id}>
          <ScoreLink scoreId={score.id}>{score.title}</ScoreLink>
          {score.pageCount === undefined ? null : (
            <span className="muted"> · {t("scores.pages", { count: score.pageCount })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
