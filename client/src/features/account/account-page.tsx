import { useT } from "../../i18n/i18n-context";
import { useSync } from "../../sync/sync-context";
import { MagicLinkForm } from "./magic-link-form";
import { getSignInErrorMessageKey } from "./sign-in-error";
import { SignedInPanel } from "./signed-in-panel";
import "./account.css";

/** `/account`: sign in (email link or Google) or, when signed in, who and sign out. */
export function AccountPage({ signInErrorCode }: { signInErrorCode?: string | undefined }) {
  const t = useT();
  const { session } = useSync();
  return (
    <div className="account">
      <h1>{t("account.title")}</h1>
      {session.status === "signed-in" ? (
        <SignedInPanel user={session.user} />
      ) : (
        <>
          {signInErrorCode !== undefined && (
            <p className="account__error" role="alert">
              {t(getSignInErrorMessageKey(signInErrorCode))}
            </p>
          )}
          <p>{t("account.intro")}</p>
          {session.status === "unknown" && <p className="account__note">{t("account.checking")}</p>}
          <MagicLinkForm />
        </>
      )}
    </div>
  );
}
