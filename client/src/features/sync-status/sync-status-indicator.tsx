import { Link } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useLocale, useT } from "../../i18n/i18n-context";
import { useSync } from "../../sync/sync-context";
import { useSyncStatus } from "../../sync/use-sync-status";
import { describeSyncStatus } from "./describe-sync-status";
import "./sync-status.css";

/** Compact sync line for the shell; a `status` region so changes are announced politely. */
export function SyncStatusIndicator() {
  const t = useT();
  const locale = useLocale();
  const status = useSyncStatus(useSync().status);
  const nowMs = useMinuteClock();
  const text = describeSyncStatus(status, nowMs, locale);
  return (
    <div className="sync-status" role="status" aria-label={t("sync.label")} data-tone={text.tone}>
      <span className="sync-status__dot" aria-hidden="true" />
      <span>{t(text.key, text.params)}</span>
      {text.link && (
        <Link to={text.link.to} className="sync-status__link">
          {t(text.link.key)}
        </Link>
      )}
    </div>
  );
}

/** Re-renders every 30 s so "2 min ago" stays true. */
function useMinuteClock(): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return nowMs;
}
