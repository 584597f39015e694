import { useEffect, useRef } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { describePiece, type ProbableDuplicate } from "./piece-choices";

/** "This looks like a piece you already have": use it, or keep the new one. */
export function DuplicatePieceWarning({
  duplicate,
  onAnswer,
}: {
  readonly duplicate: ProbableDuplicate;
  readonly onAnswer: (choice: "useExisting" | "keepNew") => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The warning appears below the fields, often out of view in the dialog: bring it in.
    ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  return (
    <div ref={ref} className="notice duplicate-warning" role="alert">
      <div>
        <p className="notice__title">{t("logbook.duplicate.title")}</p>
        <p>
          {t("logbook.duplicate.description", {
            title: duplicate.title,
            existing: describePiece(duplicate.candidate.piece),
          })}
        </p>
        <div className="button-row">
          <Button variant="primary" onClick={() => onAnswer("useExisting")}>
            {t("logbook.duplicate.useExisting")}
          </Button>
          <Button onClick={() => onAnswer("keepNew")}>{t("logbook.duplicate.keepNew")}</Button>
        </div>
      </div>
    </div>
  );
}
