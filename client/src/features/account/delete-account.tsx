import { type FormEvent, useId, useState } from "react";
import { deleteAccountOnServer, type SessionUser } from "../../api/auth-client";
import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";
import { useSync } from "../../sync/sync-context";
import { getDeleteAccountErrorMessageKey } from "./delete-account-error";

type DeleteState = "closed" | "confirming" | "deleting" | MessageKey;

/**
 * "Delete account", with a confirmation step: the musician types their email. On success the
 * server has deleted everything on every service; this browser then drops its local copy (a
 * forced sign-out: nothing is pushed to an account that no longer exists) and reloads.
 */
export function DeleteAccount({ user }: { readonly user: SessionUser }) {
  const t = useT();
  const inputId = useId();
  const { signOut } = useSync();
  const [state, setState] = useState<DeleteState>("closed");
  const [typed, setTyped] = useState("");
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setState("deleting");
    try {
      await deleteAccountOnServer(fetch, typed.trim());
    } catch (error) {
      setState(getDeleteAccountErrorMessageKey(error));
      return;
    }
    await signOut({ force: true });
  };
  if (state === "closed") {
    return (
      <button type="button" className="button" onClick={() => setState("confirming")}>
        {t("account.deleteStart")}
      </button>
    );
  }
  return (
    <form className="account__form" onSubmit={(event) => void onSubmit(event)}>
      <p>{t("account.deleteIntro")}</p>
      <label htmlFor={inputId}>{t("account.deleteConfirmLabel", { email: user.email })}</label>
      <input
        id={inputId}
        type="email"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        required
      />
      <div className="account__actions">
        <button
          type="submit"
          className="button button--danger"
          disabled={state === "deleting" || typed.trim().toLowerCase() !== user.email.toLowerCase()}
        >
          {state === "deleting" ? t("account.deleting") : t("account.deleteConfirm")}
        </button>
        <button type="button" className="button" onClick={() => setState("closed")}>
          {t("account.deleteCancel")}
        </button>
      </div>
      {state !== "confirming" && state !== "deleting" && (
        <p role="alert" className="account__error">
          {t(state)}
        </p>
      )}
    </form>
  );
}
