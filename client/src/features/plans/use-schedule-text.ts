import type { PlanSchedule } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import { useLocale, useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { formatSchedule } from "./schedule-text";

const sundayMs = Date.UTC(2026, 2, 1);
const msPerDay = 86_400_000;

/** Weekday names in the locale, index 0 = Sunday (2026-03-01 was one). */
export function useWeekdayNames(style: "short" | "long" = "short"): readonly string[] {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" });
    return Array.from({ length: 7 }, (_, day) => format.format(sundayMs + day * msPerDay));
  }, [locale, style]);
}

/** `formatSchedule` in the musician's language. */
export function useScheduleText(): (schedule: PlanSchedule) => string {
  const t = useT();
  const locale = useLocale();
  const { formatLocalDate } = useFormatters();
  const weekdays = useWeekdayNames();
  return useCallback(
    (schedule) => formatSchedule(schedule, { t, locale, formatLocalDate, weekdays }),
    [t, locale, formatLocalDate, weekdays],
  );
}
