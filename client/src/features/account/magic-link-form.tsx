import { type FormEvent, useId, useState } from "react";
import { googleSignInPath } from "../../api/auth-client";
import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";
import { useMagicLink } from "./use-magic-link";

const failureMessages = {
  rate_limited: "account.rateLimited",
  invalid_email: "account.invalidEmail",
  network: "account.sendFailed",
} as const satisfies Record<string, MessageKey>;

/** Email sign-in link form, then "Check your inbox"; plus the Google link. */
export function MagicLinkForm() {
  const t = useT();
  const emailId = useId();
  const [email, setEmail] = useState("");
  const { state, send, reset } = useMagicLink();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(email.trim());
  };
  if (state.status === "sent") {
    return (
      <section className="account__sent" aria-live="polite">
        <h2>{t("account.checkInbox")}</h2>
        <p>{t("account.checkInboxDetail", { email: state.email })}</p>
        <button type="button" className="button" onClick={reset}>
          {t("account.useAnotherEmail")}
        </button>
      </section>
    );
  }
  return (
    <div className="account__sign-in">
      <form className="account__form" onSubmit={onSubmit}>
        <label htmlFor={emailId}>{t("account.email")}</label>
        <input
          id={emailId}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={state.status === "sending"}>
          {state.status === "sending" ? t("account.sending") : t("account.sendLink")}
        </button>
        {state.status === "failed" && (
          <p role="alert" className="account__error">
            {t(failureMessages[state.reason])}
          </p>
        )}
      </form>
      <p className="account__or">{t("account.or")}</p>
      <a className="button" href={googleSignInPath}>
        {t("account.google")}
      </a>
    </div>
  );
}
