import { useMemo } from "react";
import { useLocale } from "../i18n/i18n-context";
import { createFormatters, type Formatters } from "./create-formatters";

/** Date, time, duration and number formats for the active locale. */
export function useFormatters(): Formatters {
  const locale = useLocale();
  return useMemo(() => createFormatters(locale), [locale]);
}
