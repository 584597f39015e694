import { useLocale, useT } from "../../i18n/i18n-context";
import { formatBytes } from "./format-bytes";
import { useScoreStorage } from "./use-score-files";
import "./score-files.css";

/** What score files take on this device, and how much the browser lets this site store. */
export function ScoreStorageSummary() {
  const t = useT();
  const locale = useLocale();
  const summary = useScoreStorage();
  if (summary === undefined) return null;
  return (
    <section className="score-storage" aria-labelledby="score-storage-title">
      <h2 id="score-storage-title">{t("reader.storageTitle")}</h2>
      <p>
        {t("reader.storageUsed", {
          count: summary.fileCount,
          size: formatBytes(summary.usedBytes, locale),
        })}
        {summary.keptCount > 0 ? ` · ${t("reader.storageKept", { count: summary.keptCount })}` : null}
      </p>
      {summary.quota === undefined ? null : (
        <p>
          <label>
            {t("reader.storageQuota", {
              used: formatBytes(summary.quota.usageBytes, locale),
              quota: formatBytes(summary.quota.quotaBytes, locale),
            })}{" "}
            <meter min={0} max={summary.quota.quotaBytes} value={summary.quota.usageBytes} />
          </label>
        </p>
      )}
    </section>
  );
}
