import { type ReactNode, useEffect, useLayoutEffect, useMemo } from "react";
import { I18nProvider } from "../../i18n/i18n-context";
import { readCachedPreferences, writeCachedPreferences } from "./preferences-cache";
import { applyTheme } from "./theme";
import { useSettings } from "./use-settings";

/**
 * Applies the musician's language and theme app-wide, from the settings document (so a change on
 * another device arrives through sync). Until the database answers, the last values seen on this
 * device are used, so the first paint does not flash the defaults.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { settings, isLoading } = useSettings();
  const cached = useMemo(() => readCachedPreferences(window.localStorage), []);
  const language = isLoading && cached !== undefined ? cached.language : settings.language;
  const theme = isLoading && cached !== undefined ? cached.theme : settings.theme;
  // Before paint, so a dark theme never flashes light.
  useLayoutEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    if (!isLoading) writeCachedPreferences(window.localStorage, { language, theme });
  }, [isLoading, language, theme]);
  return <I18nProvider locale={language}>{children}</I18nProvider>;
}
