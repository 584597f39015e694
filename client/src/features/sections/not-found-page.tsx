import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "./page-header";

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page">
      <PageHeader title={t("notFound.title")} description={t("notFound.description")} />
      <Link to="/" className="button button--primary">
        {t("notFound.home")}
      </Link>
    </div>
  );
}
