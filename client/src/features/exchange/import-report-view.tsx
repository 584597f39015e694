import { useId } from "react";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import type { ImportReport } from "./use-exchange";

/** What an import did: counts, then each rejected row with its reasons (as the validator wrote them). */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  const t = useT();
  const { formatNumber } = useFormatters();
  const titleId = useId();
  return (
    <section className="exchange__report" aria-labelledby={titleId}>
      <h3 id={titleId} className="exchange__subheading">
        {t("exchange.reportTitle")}
      </h3>
      <p>
        {t("exchange.reportSummary", {
          created: formatNumber(report.created),
          updated: formatNumber(report.updated),
          unchanged: formatNumber(report.unchanged),
          rejected: formatNumber(report.rejected.length),
        })}
      </p>
      {report.rejected.length > 0 && (
        <>
          <h4>{t("exchange.rejectedTitle")}</h4>
          <ul className="exchange__rejected">
            {report.rejected.map((row) => (
              <li key={`${row.collection}-${row.index}-${row.reasons.join()}`}>
                <strong>
                  {t("exchange.rejectedRow", {
                    collection: t(`exchange.collection.${row.collection}`),
                    row: formatNumber(row.index + 1),
                  })}
                </strong>
                {row.id !== undefined && (
                  <span className="exchange__muted"> · {t("exchange.rejectedId", { id: row.id })}</span>
                )}
                <ul>
                  {row.reasons.map((reason) => (
                    <li key={reason}>
                      <code>{reason}</code>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
