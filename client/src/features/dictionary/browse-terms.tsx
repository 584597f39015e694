import { termCategories } from "@mirubato/term-search";
import { useId, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import type { DictionaryLanguage } from "./dictionary-term-params";
import { TermResult } from "./term-link";
import { useBrowseTerms } from "./use-term-list";

const letters = [..."abcdefghijklmnopqrstuvwxyz"];

/** Browse by category and first letter; works offline from the downloaded pack. */
export function BrowseTerms({ lang }: { lang: DictionaryLanguage }) {
  const t = useT();
  const [category, setCategory] = useState<string | undefined>();
  const [letter, setLetter] = useState<string | undefined>();
  const listing = useBrowseTerms(lang, category, letter);
  const categoryId = useId();
  return (
    <section className="dictionary__browse" aria-labelledby={`${categoryId}-title`}>
      <h2 id={`${categoryId}-title`}>{t("dictionary.browseTitle")}</h2>
      <label htmlFor={categoryId} className="dictionary__label">
        {t("dictionary.browseCategory")}
      </label>
      <select
        id={categoryId}
        value={category ?? ""}
        onChange={(event) => setCategory(event.target.value || undefined)}
      >
        <option value="">{t("dictionary.browseAllCategories")}</option>
        {termCategories.map((code) => (
          <option key={code} value={code}>
            {t(`dictionary.category.${code}`)}
          </option>
        ))}
      </select>
      <fieldset className="dictionary__letters">
        <legend className="dictionary__label">{t("dictionary.browseLetter")}</legend>
        {letters.map((candidate) => (
          <button
            key={candidate}
            type="button"
            aria-pressed={letter === candidate}
            onClick={() => setLetter(letter === candidate ? undefined : candidate)}
          >
            {candidate.toUpperCase()}
          </button>
        ))}
      </fieldset>
      {listing.status === "done" && listing.results.length === 0 ? (
        <p>
          {t(listing.source === "device" ? "dictionary.browseNothingOffline" : "dictionary.browseNothing")}
        </p>
      ) : null}
      {listing.status === "done" ? (
        <ul className="dictionary__results" aria-label={t("dictionary.browseResults")}>
          {listing.results.map((result) => (
            <TermResult key={result.id} result={result} lang={lang} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
