import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "../sections/page-header";
import { tools } from "./tools";
import "./toolbox.css";

/** `/toolbox`: every practice tool, each a link to its own page. */
export function ToolboxPage() {
  const t = useT();
  return (
    <div className="page toolbox">
      <PageHeader title={t("section.toolbox.name")} description={t("section.toolbox.description")} />
      <ul className="toolbox__list">
        {tools.map((tool) => (
          <li key={tool.id}>
            <Link to={tool.to} className="toolbox__card">
              <span className="toolbox__name">{t(`toolbox.${tool.id}.name`)}</span>
              <span className="toolbox__description">{t(`toolbox.${tool.id}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
