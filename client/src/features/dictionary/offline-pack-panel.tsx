import { useT } from "../../i18n/i18n-context";
import { useOfflinePack } from "./use-offline-pack";

export function OfflinePackPanel() {
  const t = useT();
  const { pack, download } = useOfflinePack();
  return (
    <section className="dictionary__offline">
      <h2>{t("dictionary.offlineTitle")}</h2>
      <p>{t("dictionary.offlineHint")}</p>
      <p role="status">
        {pack.status === "ready" ? t("dictionary.offlineReady", { count: pack.count }) : null}
        {pack.status === "downloading" ? t("dictionary.offlineDownloading") : null}
        {pack.status === "failed" ? t("dictionary.offlineFailed") : null}
      </p>
      <button
        type="button"
        onClick={download}
        disabled={pack.status === "downloading" || pack.status === "checking"}
      >
        {t("dictionary.offlineDownload")}
      </button>
    </section>
  );
}
