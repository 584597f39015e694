import { createContext, type ReactNode, useContext, useEffect, useMemo } from "react";
import { type Locale, messagesByLocale } from "./locales";
import { createTranslate, type Translate } from "./translate";

type I18n = { locale: Locale; t: Translate };

const I18nContext = createContext<I18n | null>(null);

/** Provides the active locale; the locale itself comes from settings once they exist (passed in by main.tsx). */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslate(messagesByLocale[locale]) }), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
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
