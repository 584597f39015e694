import type { PieceDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { useSettings } from "../settings/use-settings";

/** Every recorded status change, newest first, dated in the musician's zone. */
export function StatusHistoryList({ piece }: { readonly piece: PieceDoc }) {
  const t = useT();
  const { formatDateOfInstant } = useFormatters();
  const { timeZone } = useSettings().settings;
  if (piece.statusHistory.length === 0) return <p className="muted">{t("repertoire.noHistory")}</p>;
  const history = [...piece.statusHistory].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <ol className="status-history">
      {history.map((change) => (
        <li key={`${change.changedAt}-${change.status}`}>
          <time dateTime={change.changedAt}>
            {t("repertoire.statusChange", {
              status: t(`repertoire.status.${change.status}`),
              date: formatDateOfInstant(change.changedAt, timeZone),
            })}
          </time>
        </li>
      ))}
    </ol>
  );
}
