import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { NotAvailableNotice } from "../sections/not-available-notice";
import { PageHeader } from "../sections/page-header";
import type { DictionaryTermParams } from "./dictionary-term-params";

/** Shareable term page. The front worker fills title/description meta for link previews before this renders. */
export function DictionaryTermPage({ lang, term }: DictionaryTermParams) {
  const t = useT();
  return (
    <div className="page">
      <PageHeader
        eyebrow={t("dictionary.termEyebrow", { lang })}
        title={term}
        description={t("dictionary.termDescription", { term })}
      />
      <NotAvailableNotice />
      <p className="page__back">
        <Link to="/dictionary">{t("dictionary.backToDictionary")}</Link>
      </p>
    </div>
  );
}
