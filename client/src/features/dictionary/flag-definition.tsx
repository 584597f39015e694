import { flagReasons, type TermEntry } from "@mirubato/term-search";
import { useId, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { useSync } from "../../sync/sync-context";
import { contributionFailureKey } from "./contribution-message";
import { useDictionary } from "./dictionary-context";
import { SignInPrompt } from "./sign-in-prompt";
import { useContribution } from "./use-contribution";

/** "This definition is wrong": a signed-in musician's report, kept for an editor to review. */
export function FlagDefinition({ entry }: { entry: TermEntry }) {
  const t = useT();
  const { session } = useSync();
  const dictionary = useDictionary();
  const { state, submit } = useContribution(dictionary.flagTerm);
  const [reason, setReason] = useState<(typeof flagReasons)[number]>("incorrect");
  const [note, setNote] = useState("");
  const reasonId = useId();
  const noteId = useId();
  if (session.status !== "signed-in") return <SignInPrompt reason="dictionary.flagSignIn" />;
  if (state.status === "done") return <p role="status">{t("dictionary.flagThanks")}</p>;
  return (
    <details className="dictionary__flag">
      <summary>{t("dictionary.flagOpen")}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(entry.slug, reason, note.trim() || undefined);
        }}
      >
        <label htmlFor={reasonId}>{t("dictionary.flagReason")}</label>
        <select
          id={reasonId}
          value={reason}
          onChange={(event) => setReason(flagReasons.find((r) => r === event.target.value) ?? "other")}
        >
          {flagReasons.map((code) => (
            <option key={code} value={code}>
              {t(`dictionary.flagReason.${code}`)}
            </option>
          ))}
        </select>
        <label htmlFor={noteId}>{t("dictionary.flagNote")}</label>
        <textarea
          id={noteId}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" disabled={state.status === "sending"}>
          {t("dictionary.flagSend")}
        </button>
        {state.status === "failed" ? <p role="alert">{t(contributionFailureKey(state.code))}</p> : null}
      </form>
    </details>
  );
}
