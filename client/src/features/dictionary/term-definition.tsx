import type { TermEntry } from "@mirubato/term-search";
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "../sections/page-header";
import { type DictionaryLanguage, dictionaryLanguages } from "./dictionary-term-params";

export function TermDefinition({ entry, lang }: { entry: TermEntry; lang: DictionaryLanguage }) {
  const t = useT();
  const confidence = entry.provenance.confidence;
  return (
    <article className="term">
      <PageHeader
        eyebrow={`${t(`dictionary.category.${entry.category}`)} · ${entry.lang}`}
        title={entry.term}
        description={entry.concise}
      />
      {entry.provenance.source === "generated" && confidence !== null ? (
        <p className="dictionary__note">
          {t("dictionary.generatedNotice", { confidence: Math.round(confidence * 100) })}
        </p>
      ) : null}
      <dl className="term__facts">
        {entry.equivalent ? (
          <>
            <dt>{t("dictionary.inYourLanguage", { language: t(`dictionary.language.${lang}`) })}</dt>
            <dd lang={lang}>{entry.equivalent}</dd>
          </>
        ) : null}
        {entry.pronunciation ? (
          <>
            <dt>{t("dictionary.pronunciation")}</dt>
            <dd>
              /{entry.pronunciation.ipa}/ · {entry.pronunciation.syllables}
            </dd>
          </>
        ) : null}
      </dl>
      {entry.detailed ? (
        <section>
          <h2>{t("dictionary.detailed")}</h2>
          <p>{entry.detailed}</p>
        </section>
      ) : null}
      {entry.example ? (
        <section>
          <h2>{t("dictionary.example")}</h2>
          <p>
            <em>{entry.example}</em>
          </p>
        </section>
      ) : null}
      {entry.etymology ? (
        <section>
          <h2>{t("dictionary.etymology")}</h2>
          <p>{entry.etymology}</p>
        </section>
      ) : null}
      <section>
        <h2>{t("dictionary.equivalents")}</h2>
        <dl className="term__facts">
          {dictionaryLanguages
            .filter((code) => entry.equivalents[code])
            .map((code) => (
              <div key={code} className="term__equivalent">
                <dt>{t(`dictionary.language.${code}`)}</dt>
                <dd lang={code}>{entry.equivalents[code]}</dd>
              </div>
            ))}
        </dl>
      </section>
      {entry.related.length > 0 ? (
        <section>
          <h2>{t("dictionary.related")}</h2>
          <ul className="term__related">
            {entry.related.map((related) => (
              <li key={related.term}>
                {related.slug ? (
                  <Link to="/dictionary/$lang/$term" params={{ lang, term: related.slug }}>
                    {related.term}
                  </Link>
                ) : (
                  related.term
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
