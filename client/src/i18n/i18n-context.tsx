import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { type Locale, loadMessages, type Messages } from "./locales";
import { en } from "./messages/en";
import { createTranslate, type Translate } from "./translate";

type I18n = { locale: Locale; t: Translate };

const I18nContext = createContext<I18n | null>(null);

type Loaded = { readonly locale: Locale; readonly messages: Messages };

/**
 * Provides the active locale; `features/settings` passes the musician's stored language in. A
 * locale other than English loads its chunk first: the app waits for it on the first render (no
 * flash of English), and keeps the previous language on screen while switching.
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(
    locale === "en" ? { locale, messages: en } : undefined,
  );
  useEffect(() => {
    let isCurrent = true;
    loadMessages(locale).then(
      (messages) => {
        if (isCurrent) setLoaded({ locale, messages });
      },
      // A chunk that fails to load (offline before it was ever cached) leaves English on screen.
      () => {
        if (isCurrent) setLoaded((previous) => previous ?? { locale: "en", messages: en });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [locale]);
  const value = useMemo(
    () =>
      loaded === undefined
        ? undefined
        : { locale: loaded.locale, t: createTranslate(loaded.messages, loaded.locale) },
    [loaded],
  );
  useEffect(() => {
    if (value !== undefined) document.documentElement.lang = value.locale;
  }, [value]);
  if (value === undefined) return null;
  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useT() must be used inside <I18nProvider>");
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
