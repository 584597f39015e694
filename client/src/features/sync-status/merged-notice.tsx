import { useEffect, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { useSync } from "../../sync/sync-context";

const visibleMs = 6000;

/** Toast "Merged changes from another device" whenever sync merged a conflicting edit. */
export function MergedNotice() {
  const t = useT();
  const { merged$ } = useSync();
  const [isVisible, setIsVisible] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = merged$.subscribe(() => {
      setIsVisible(true);
      clearTimeout(timer);
      timer = setTimeout(() => setIsVisible(false), visibleMs);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [merged$]);
  if (!isVisible) return null;
  return (
    <div className="toast" role="status" aria-label={t("sync.mergedLabel")}>
      <p className="toast__text">{t("sync.merged")}</p>
      <button type="button" className="button" onClick={() => setIsVisible(false)}>
        {t("sync.dismiss")}
      </button>
    </div>
  );
}
