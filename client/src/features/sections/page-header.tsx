import type { ReactNode } from "react";
import { useDocumentTitle } from "./use-document-title";
import "./sections.css";

type PageHeaderProps = { title: string; description: string; eyebrow?: ReactNode };

/** The h1 and lede every page starts with; also names the browser tab. */
export function PageHeader({ title, description, eyebrow }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <header className="page-header">
      {eyebrow ? <div className="page-header__eyebrow">{eyebrow}</div> : null}
      <h1 className="page-header__title">{title}</h1>
      <p className="page-header__lede">{description}</p>
    </header>
  );
}
