import { useState } from "react";
import { accountExportPath, type SessionUser } from "../../api/auth-client";
import { useT } from "../../i18n/i18n-context";
import { useSync } from "../../sync/sync-context";
import { DeleteAccount } from "./delete-account";
import { SignedInDevices } from "./signed-in-devices";

type SignOutState = "idle" | "signing-out" | "unsynced" | "failed";

/** Who is signed in, and signing out (pending changes are pushed first). */
export function SignedInPanel({ user }: { readonly user: SessionUser }) {
  const t = useT();
  const { signOut } = useSync();
  const [state, setState] = useState<SignOutState>("idle");
  const run = async (force: boolean) => {
    setState("signing-out");
    const result = await signOut({ force });
    setState(result === "done" ? "signing-out" : result);
  };
  return (
    <section className="account__signed-in">
      <p>{t("account.signedInAs", { email: user.email })}</p>
      <p className="account__note">{t("account.otherDevices")}</p>
      <button
        type="button"
        className="button"
        disabled={state === "signing-out"}
        onClick={() => void run(false)}
      >
        {state === "signing-out" ? t("account.signingOut") : t("account.signOut")}
      </button>
      {state === "unsynced" && (
        <div role="alert" className="account__error">
          <p>{t("account.signOutUnsynced")}</p>
          <button type="button" className="button" onClick={() => void run(true)}>
            {t("account.signOutAnyway")}
          </button>
        </div>
      )}
      {state === "failed" && (
        <p role="alert" className="account__error">
          {t("account.signOutFailed")}
        </p>
      )}
      <SignedInDevices />
      <section className="account__data" aria-labelledby="account-data-title">
        <h2 id="account-data-title">{t("account.dataTitle")}</h2>
        <a className="button" href={accountExportPath} download>
          {t("account.exportData")}
        </a>
        <DeleteAccount user={user} />
      </section>
    </section>
  );
}
