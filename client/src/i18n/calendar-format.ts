/**
 * Calendar words in the active locale, for charts and pickers (the app-wide date, duration and
 * number formats are `ui/use-formatters`). Local dates (`YYYY-MM-DD`) are calendar days, so they
 * are formatted as UTC midnight in UTC: no zone can shift them a day.
 */

function toUtcMs(localDate: string): number {
  return Date.UTC(
    Number(localDate.slice(0, 4)),
    Number(localDate.slice(5, 7)) - 1,
    Number(localDate.slice(8, 10)),
  );
}

/**
 * A formatter of local dates with any `Intl` options, e.g. "Mar 4" for a chart axis.
 *
 * @example
 * createLocalDateFormat("de", { day: "numeric", month: "numeric" })("2026-03-01"); // "1.3."
 */
export function createLocalDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): (localDate: string) => string {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  return (localDate) => format.format(toUtcMs(localDate));
}

/**
 * Weekday names from the given first day (0 = Sunday), in the locale's words.
 *
 * @example
 * listWeekdayNames("en", 1, "short")[0]; // "Mon"
 */
export function listWeekdayNames(
  locale: string,
  firstDay: number,
  style: "long" | "short" | "narrow",
): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" });
  // 1970-01-04 was a Sunday.
  return Array.from({ length: 7 }, (_, index) =>
    format.format(Date.UTC(1970, 0, 4 + ((firstDay + index) % 7))),
  );
}
