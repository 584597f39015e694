import { Link } from "@tanstack/react-router";
import { useId, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "../sections/page-header";
import { BrowseTerms } from "./browse-terms";
import { type DictionaryLanguage, dictionaryLanguages } from "./dictionary-term-params";
import { OfflinePackPanel } from "./offline-pack-panel";
import { PopularTerms } from "./popular-terms";
import { TermResult } from "./term-link";
import { useDictionarySearch } from "./use-dictionary-search";
import { useRecentLookups } from "./use-offline-pack";
import "./dictionary.css";

type DictionaryPageProps = { lang: DictionaryLanguage; onLangChange: (lang: DictionaryLanguage) => void };

export function DictionaryPage({ lang, onLangChange }: DictionaryPageProps) {
  const t = useT();
  const [query, setQuery] = useState("");
  const search = useDictionarySearch(query, lang);
  const recent = useRecentLookups();
  const searchId = useId();
  const langId = useId();
  return (
    <div className="page dictionary">
      <PageHeader title={t("section.dictionary.name")} description={t("section.dictionary.description")} />
      <div className="dictionary__controls">
        <label htmlFor={searchId} className="dictionary__label">
          {t("dictionary.searchLabel")}
        </label>
        <input
          id={searchId}
          type="search"
          className="dictionary__search"
          value={query}
          placeholder={t("dictionary.searchPlaceholder")}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label htmlFor={langId} className="dictionary__label">
          {t("dictionary.languageLabel")}
        </label>
        <select
          id={langId}
          value={lang}
          onChange={(event) => {
            const next = dictionaryLanguages.find((candidate) => candidate === event.target.value);
            if (next) onLangChange(next);
          }}
        >
          {dictionaryLanguages.map((code) => (
            <option key={code} value={code}>
              {t(`dictionary.language.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <section aria-label={t("dictionary.resultsLabel")} aria-live="polite">
        {search.status === "searching" ? <p>{t("dictionary.searching")}</p> : null}
        {search.status === "done" ? (
          <>
            {search.source === "device" ? (
              <p className="dictionary__note">{t("dictionary.fromDevice")}</p>
            ) : null}
            {search.didYouMean ? (
              <p>
                <button
                  type="button"
                  className="dictionary__did-you-mean"
                  onClick={() => setQuery(search.didYouMean ?? "")}
                >
                  {t("dictionary.didYouMean", { term: search.didYouMean })}
                </button>
              </p>
            ) : null}
            {search.results.length === 0 ? <p>{t("dictionary.noResults", { query: search.query })}</p> : null}
            <ul className="dictionary__results">
              {search.results.map((result) => (
                <TermResult key={result.id} result={result} lang={lang} />
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {recent.length > 0 ? (
        <section className="dictionary__recent">
          <h2>{t("dictionary.recentTitle")}</h2>
          <ul>
            {recent.map((item) => (
              <li key={item.slug}>
                <Link to="/dictionary/$lang/$term" params={{ lang, term: item.slug }}>
                  {item.term}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PopularTerms lang={lang} />
      <BrowseTerms lang={lang} />
      <OfflinePackPanel />
    </div>
  );
}
