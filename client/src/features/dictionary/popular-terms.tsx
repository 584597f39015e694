import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import type { DictionaryLanguage } from "./dictionary-term-params";
import { usePopularTerms } from "./use-term-list";

/** The most looked-up terms, as quick links; shown only when the server could say. */
export function PopularTerms({ lang }: { lang: DictionaryLanguage }) {
  const t = useT();
  const popular = usePopularTerms(lang);
  if (popular.status !== "done" || popular.results.length === 0) return null;
  return (
    <section className="dictionary__popular">
      <h2>{t("dictionary.popularTitle")}</h2>
      <ul>
        {popular.results.map((result) => (
          <li key={result.id}>
            <Link to="/dictionary/$lang/$term" params={{ lang, term: result.slug }}>
              {result.term}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
