import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "../sections/page-header";
import type { DictionaryTermParams } from "./dictionary-term-params";
import { FlagDefinition } from "./flag-definition";
import { RequestTerm } from "./request-term";
import { TermDefinition } from "./term-definition";
import { TermResult } from "./term-link";
import { useDictionaryTerm } from "./use-dictionary-term";
import "./dictionary.css";

/** Shareable term page. The front worker fills its meta and a readable copy before this renders. */
export function DictionaryTermPage({ lang, term }: DictionaryTermParams) {
  const t = useT();
  const state = useDictionaryTerm(term, lang);
  return (
    <div className="page dictionary">
      {state.status === "loading" ? <p role="status">{t("dictionary.loadingTerm")}</p> : null}
      {state.status === "done" && state.kind === "found" ? (
        <>
          <TermDefinition entry={state.entry} lang={lang} />
          <FlagDefinition entry={state.entry} />
        </>
      ) : null}
      {state.status === "done" && state.kind === "missing" ? (
        <>
          <PageHeader title={t("dictionary.missingTitle")} description={t("dictionary.missing", { term })} />
          <RequestTerm term={term} lang={lang} />
          {state.suggestions.length > 0 ? (
            <section>
              <h2>{t("dictionary.suggestions")}</h2>
              <ul className="dictionary__results">
                {state.suggestions.map((suggestion) => (
                  <TermResult key={suggestion.id} result={suggestion} lang={lang} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {state.status === "done" && state.kind === "unavailable" ? (
        <PageHeader title={term} description={t("dictionary.unavailable")} />
      ) : null}
      <p className="page__back">
        <Link to="/dictionary" search={{ lang }}>
          {t("dictionary.backToDictionary")}
        </Link>
      </p>
    </div>
  );
}
