import type { ScoreDoc } from "@mirubato/schema";
import type { DeepReadonly } from "rxdb";
import { useT } from "../../i18n/i18n-context";

/** Near the end of a score in a setlist: what comes next (a turn forward opens it). */
export function SetlistNotice({
  next,
  onOpen,
}: {
  readonly next: DeepReadonly<ScoreDoc> | undefined;
  readonly onOpen: (scoreId: string) => void;
}) {
  const t = useT();
  return (
    <aside className="setlist-notice" aria-live="polite">
      {next === undefined ? (
        t("reader.endOfSetlist")
      ) : (
        <button type="button" onClick={() => onOpen(next.id)}>
          {t("reader.nextInSetlist", { title: next.title })} →
        </button>
      )}
    </aside>
  );
}
