import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { useSync } from "../../sync/sync-context";
import { contributionFailureKey } from "./contribution-message";
import { useDictionary } from "./dictionary-context";
import type { DictionaryLanguage } from "./dictionary-term-params";
import { SignInPrompt } from "./sign-in-prompt";
import { useContribution } from "./use-contribution";

/**
 * Asking for a missing term (signed-in musicians, 10 a minute). Where no definitions can be
 * generated (the local environment), the server says so, and so does this: nothing is invented.
 */
export function RequestTerm({ term, lang }: { term: string; lang: DictionaryLanguage }) {
  const t = useT();
  const { session } = useSync();
  const dictionary = useDictionary();
  const { state, submit } = useContribution(dictionary.requestTerm);
  if (session.status !== "signed-in") return <SignInPrompt reason="dictionary.requestSignIn" />;
  if (state.status === "done") {
    return state.value.status === "available" ? (
      <p role="status">
        <Link to="/dictionary/$lang/$term" params={{ lang, term: state.value.slug }}>
          {t("dictionary.requestAvailable", { term })}
        </Link>
      </p>
    ) : (
      <p role="status">{t("dictionary.requestQueued", { term })}</p>
    );
  }
  return (
    <div className="dictionary__request">
      <button type="button" onClick={() => submit(term)} disabled={state.status === "sending"}>
        {t("dictionary.requestAsk", { term })}
      </button>
      {state.status === "failed" ? (
        <p role="alert">
          {state.code === "service_unavailable"
            ? t("dictionary.requestCannotDefine")
            : t(contributionFailureKey(state.code))}
        </p>
      ) : null}
    </div>
  );
}
