import type { SignedInSession } from "../../api/auth-client";
import { useLocale, useT } from "../../i18n/i18n-context";
import { formatAgo } from "../sync-status/describe-sync-status";
import { useSignedInDevices } from "./use-signed-in-devices";

/**
 * "Signed-in devices": every browser signed in to the account, this one first, each with when it
 * was last active; sign out any other one, or all others at once (this browser signs out with
 * the Sign out button above, which pushes its pending changes first).
 */
export function SignedInDevices() {
  const t = useT();
  const { state, signOutDevice, signOutOtherDevices, reload } = useSignedInDevices();
  return (
    <section className="account__devices" aria-labelledby="account-devices-title">
      <h2 id="account-devices-title">{t("account.devicesTitle")}</h2>
      {state.phase === "loading" && <p aria-live="polite">{t("account.devicesLoading")}</p>}
      {state.phase === "unavailable" && (
        <div role="status" className="account__note">
          <p>{t(state.offline ? "account.devicesOffline" : "account.devicesFailed")}</p>
          <button type="button" className="button" onClick={reload}>
            {t("account.devicesRetry")}
          </button>
        </div>
      )}
      {state.phase === "ready" && (
        <>
          <ul className="account__device-list">
            {state.sessions.map((session) => (
              <DeviceItem
                key={session.id}
                session={session}
                onSignOut={() => void signOutDevice(session.id)}
              />
            ))}
          </ul>
          {state.sessions.some((session) => !session.isCurrent) && (
            <button type="button" className="button" onClick={() => void signOutOtherDevices()}>
              {t("account.devicesSignOutOthers")}
            </button>
          )}
          {state.failed && (
            <p role="alert" className="account__error">
              {t("account.devicesSignOutFailed")}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function DeviceItem({
  session,
  onSignOut,
}: {
  readonly session: SignedInSession;
  readonly onSignOut: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const name = session.userAgent ?? t("account.deviceUnknown");
  const ago = formatAgo(Date.parse(session.lastSeenAt), Date.now(), locale);
  return (
    <li className="account__device">
      <div>
        <p className="account__device-name">
          {name}
          {session.isCurrent && (
            <span className="account__device-current"> · {t("account.deviceCurrent")}</span>
          )}
        </p>
        <p className="account__note">
          {ago === null ? t("account.deviceActiveNow") : t("account.deviceLastActive", { ago })}
        </p>
      </div>
      {!session.isCurrent && (
        <button
          type="button"
          className="button"
          aria-label={t("account.deviceSignOutLabel", { device: name })}
          onClick={onSignOut}
        >
          {t("account.deviceSignOut")}
        </button>
      )}
    </li>
  );
}
