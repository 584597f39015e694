import { useEffect, useSyncExternalStore } from "react";
import { useT } from "../../i18n/i18n-context";
import type { PwaStore } from "./pwa-store";
import "./pwa-prompt.css";

const OFFLINE_READY_VISIBLE_MS = 8000;

/** The update prompt (role="alert") and the "ready to work offline" toast (role="status"). */
export function PwaPrompt({ store }: { store: PwaStore }) {
  const t = useT();
  const status = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  useEffect(() => {
    if (status !== "offline-ready") return;
    const timer = setTimeout(store.dismiss, OFFLINE_READY_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status, store]);

  if (status === "update-available") {
    return (
      <div className="toast toast--update" role="alert" aria-label={t("pwa.updateLabel")}>
        <p className="toast__text">{t("pwa.updateAvailable")}</p>
        <div className="toast__actions">
          <button type="button" className="button button--primary" onClick={() => void store.applyUpdate()}>
            {t("pwa.reload")}
          </button>
          <button type="button" className="button" onClick={store.dismiss}>
            {t("pwa.dismiss")}
          </button>
        </div>
      </div>
    );
  }
  if (status === "offline-ready") {
    return (
      <div className="toast" role="status" aria-label={t("pwa.offlineReadyLabel")}>
        <p className="toast__text">{t("pwa.offlineReady")}</p>
        <button type="button" className="button" onClick={store.dismiss}>
          {t("pwa.close")}
        </button>
      </div>
    );
  }
  return null;
}
