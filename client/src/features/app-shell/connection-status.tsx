import { useT } from "../../i18n/i18n-context";
import type { OnlineStatusStore } from "../../sync/online-status";
import { useOnlineStatus } from "../../sync/use-online-status";

/** "Online"/"Offline" pill; role="status" so a change is announced without moving focus. */
export function ConnectionStatus({ store }: { store: OnlineStatusStore }) {
  const t = useT();
  const isOnline = useOnlineStatus(store);
  return (
    <div
      className="connection-status"
      role="status"
      aria-label={t("connectivity.label")}
      data-online={isOnline}
    >
      <span className="connection-status__dot" aria-hidden="true" />
      {isOnline ? t("connectivity.online") : t("connectivity.offline")}
    </div>
  );
}
