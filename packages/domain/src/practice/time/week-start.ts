/**
 * Weeks and months on the musician's calendar. `weekStartDay` is `settings.weekStartDay`
 * (0 = Sunday … 6 = Saturday); when the musician has not chosen, the locale's convention applies.
 */
import { fromEpochDay, getDayOfWeek, toEpochDay } from "./local-date-math";

/**
 * The local date on which the week containing `localDate` starts.
 *
 * @example
 * getWeekStartDate("2026-03-04", 1); // "2026-03-02" (Monday)
 */
export function getWeekStartDate(localDate: string, weekStartDay: number): string {
  const daysSinceStart = (getDayOfWeek(localDate) - weekStartDay + 7) % 7;
  return fromEpochDay(toEpochDay(localDate) - daysSinceStart);
}

/**
 * The first day of the month containing `localDate`.
 *
 * @example
 * getMonthStartDate("2026-03-17"); // "2026-03-01"
 */
export function getMonthStartDate(localDate: string): string {
  return `${localDate.slice(0, 8)}01`;
}

/**
 * The first day of the month after the one containing `localDate`.
 *
 * @example
 * getNextMonthStartDate("2026-12-17"); // "2027-01-01"
 */
export function getNextMonthStartDate(localDate: string): string {
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  return month === 12
    ? `${year + 1}-01-01`
    : `${localDate.slice(0, 5)}${String(month + 1).padStart(2, "0")}-01`;
}

/** CLDR first day of the week by region, for runtimes without `Intl.Locale` week info. Default Monday. */
const sundayRegions = new Set(
  "AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW".split(
    " ",
  ),
);
const saturdayRegions = new Set("AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY".split(" "));

function readIntlFirstDay(locale: Intl.Locale): number | undefined {
  const getWeekInfo: unknown = Reflect.get(locale, "getWeekInfo");
  const info: unknown =
    typeof getWeekInfo === "function"
      ? Reflect.apply(getWeekInfo, locale, [])
      : Reflect.get(locale, "weekInfo");
  if (typeof info !== "object" || info === null) return undefined;
  const firstDay: unknown = Reflect.get(info, "firstDay");
  // Intl counts 1 = Monday … 7 = Sunday; settings count 0 = Sunday.
  return typeof firstDay === "number" ? firstDay % 7 : undefined;
}

/**
 * The locale's conventional first day of the week (0 = Sunday … 6 = Saturday), from `Intl` where
 * the runtime knows it, otherwise from CLDR's table by region. A locale without a region is
 * maximised first (`de` → `de-Latn-DE`, `zh-Hans` → `zh-Hans-CN`).
 *
 * @example
 * getLocaleWeekStartDay("en-US"); // 0
 * getLocaleWeekStartDay("fr"); // 1
 */
export function getLocaleWeekStartDay(locale: string): number {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale).maximize();
  } catch {
    // A malformed tag (already refused by the settings schema) falls back to the ISO week.
    return 1;
  }
  const fromIntl = readIntlFirstDay(parsed);
  if (fromIntl !== undefined) return fromIntl;
  const region = parsed.region ?? "";
  if (sundayRegions.has(region)) return 0;
  if (saturdayRegions.has(region)) return 6;
  return 1;
}
