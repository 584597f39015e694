import { useEffect } from "react";
import { useT } from "../../i18n/i18n-context";

/** Sets the tab title to "<page> · Mirubato" so history and tabs name the section. */
export function useDocumentTitle(pageTitle: string): void {
  const t = useT();
  const appName = t("app.name");
  useEffect(() => {
    document.title = pageTitle === appName ? appName : `${pageTitle} · ${appName}`;
  }, [pageTitle, appName]);
}
