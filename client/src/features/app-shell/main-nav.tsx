import { Link, useMatchRoute } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { SectionIcon } from "../sections/section-icon";
import { secondarySections, sections } from "../sections/sections";

/**
 * One list serves both layouts: a sidebar from 768 px, a bottom tab bar below it, where secondary
 * sections are hidden with CSS (so they leave the accessibility tree) and "More" takes their place.
 * The visible tab label may be shorter than the accessible name, which always starts with it.
 */
export function MainNav() {
  const t = useT();
  const matchRoute = useMatchRoute();
  const isInSecondarySection =
    matchRoute({ to: "/more" }) !== false ||
    secondarySections.some((section) => matchRoute({ to: section.to, fuzzy: true }) !== false);

  return (
    <nav className="main-nav" aria-label={t("shell.mainNavigation")}>
      <ul className="main-nav__list">
        {sections.map((section) => (
          <li key={section.id} className={section.isPrimary ? "main-nav__item" : "main-nav__item--secondary"}>
            <Link
              to={section.to}
              className="main-nav__link"
              activeOptions={{ exact: section.to === "/" }}
              aria-label={t(`section.${section.id}.name`)}
            >
              <SectionIcon sectionId={section.id} className="main-nav__icon" />
              <span className="main-nav__label main-nav__label--full">{t(`section.${section.id}.name`)}</span>
              <span className="main-nav__label main-nav__label--short">
                {t(`section.${section.id}.short`)}
              </span>
            </Link>
          </li>
        ))}
        <li className="main-nav__item--more">
          <Link
            to="/more"
            className="main-nav__link"
            data-section-active={isInSecondarySection ? "true" : undefined}
          >
            <SectionIcon sectionId="more" className="main-nav__icon" />
            <span className="main-nav__label">{t("section.more.name")}</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
