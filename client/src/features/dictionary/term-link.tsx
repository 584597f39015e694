import type { TermSummary } from "@mirubato/term-search";
import { Link } from "@tanstack/react-router";
import type { DictionaryLanguage } from "./dictionary-term-params";

/** One result row: the term as a link to its page, its name in the musician's language and the short definition. */
export function TermResult({ result, lang }: { result: TermSummary; lang: DictionaryLanguage }) {
  return (
    <li className="dictionary-result">
      <Link
        to="/dictionary/$lang/$term"
        params={{ lang, term: result.slug }}
        className="dictionary-result__term"
      >
        {result.term}
      </Link>
      {result.equivalent && result.equivalent !== result.term ? (
        <span className="dictionary-result__equivalent"> · {result.equivalent}</span>
      ) : null}
      <p className="dictionary-result__concise">{result.concise}</p>
    </li>
  );
}
