import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "./page-header";
import { SectionIcon } from "./section-icon";
import { secondarySections } from "./sections";

/** On phones the tab bar holds the primary sections; this page lists the others. */
export function MorePage() {
  const t = useT();
  return (
    <div className="page">
      <PageHeader title={t("section.more.name")} description={t("section.more.description")} />
      <ul className="section-list">
        {secondarySections.map((section) => (
          <li key={section.id} className="section-card">
            <SectionIcon sectionId={section.id} className="section-card__icon" />
            <div>
              <Link to={section.to} className="section-card__link" aria-describedby={`more-${section.id}`}>
                {t(`section.${section.id}.name`)}
              </Link>
              <p id={`more-${section.id}`} className="section-card__description">
                {t(`section.${section.id}.description`)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
