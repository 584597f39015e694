import { useLocale } from "../i18n/i18n-context";
import { type Formatters, formattersFor } from "./create-formatters";

/** Date, time, duration and number formats for the active locale (one shared set per locale). */
export function useFormatters(): Formatters {
  return formattersFor(useLocale());
}
