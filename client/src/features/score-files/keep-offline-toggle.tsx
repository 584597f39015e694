import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";
import type { ScoreFileErrorCode } from "./score-file-cache";
import { useKeepOffline } from "./use-score-files";
import "./score-files.css";

const failureKey: Readonly<Record<ScoreFileErrorCode, MessageKey>> = {
  offline: "reader.keepFailedOffline",
  not_found: "reader.fileMissing",
  signed_out: "reader.fileSignedOut",
  unsupported: "reader.fileUnsupported",
  failed: "reader.keepFailed",
};

/**
 * A switch that keeps one score's file on this device for offline reading (never evicted), or
 * lets it go back to the ordinary cache. Device-local: other devices keep their own choice.
 */
export function KeepOfflineToggle({ fileId, title }: { readonly fileId: string; readonly title: string }) {
  const t = useT();
  const { isKept, isCached, state, setKept } = useKeepOffline(fileId);
  let status = "";
  if (state.status === "saving") status = t("reader.keepSaving");
  else if (state.status === "failed") status = t(failureKey[state.code]);
  else if (isKept && isCached) status = t("reader.keptOffline");
  return (
    <span className="keep-offline">
      <label className="keep-offline__switch">
        <input
          type="checkbox"
          role="switch"
          checked={isKept || state.status === "saving"}
          aria-checked={isKept || state.status === "saving"}
          disabled={state.status === "saving"}
          aria-label={t("reader.keepOfflineFor", { title })}
          onChange={(event) => void setKept(event.currentTarget.checked)}
        />
        <span aria-hidden="true">{t("reader.keepOffline")}</span>
      </label>
      <span className="keep-offline__status" role="status">
        {status}
      </span>
    </span>
  );
}
