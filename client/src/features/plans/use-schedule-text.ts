import type { PlanSchedule } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import { useLocale, useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";

const sundayMs = Date.UTC(2026, 2, 1);
const msPerDay = 86_400_000;

/** Short weekday names in the locale, index 0 = Sunday (2026-03-01 was one). */
export function useWeekdayNames(style: "short" | "long" = "short"): readonly string[] {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" });
    return Array.from({ length: 7 }, (_, day) => format.format(sundayMs + day * msPerDay));
  }, [locale, style]);
}

/** "Every Mon, Wed and Fri at 07:30 · from Mar 2, 2026 · until Jun 30, 2026". */
export function useScheduleText(): (schedule: PlanSchedule) => string {
  const t = useT();
  const locale = useLocale();
  const { formatLocalDate } = useFormatters();
  const weekdays = useWeekdayNames();
  return useCallback(
    (schedule) => {
      if (schedule.kind === "single")
        return t("plans.schedule.once", { date: formatLocalDate(schedule.date, "medium") });
      const list = new Intl.ListFormat(locale, { style: "short", type: "conjunction" });
      // Weeks read Monday first, whatever the stored order.
      const days = list.format(
        [...schedule.daysOfWeek]
          .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
          .map((day) => weekdays[day] ?? ""),
      );
      const parts = [
        schedule.frequency === "daily"
          ? t("plans.schedule.interval", { count: schedule.interval })
          : schedule.interval === 1
            ? t("plans.schedule.weekly", { days })
            : t("plans.schedule.weeks", { count: schedule.interval, days }),
      ];
      if (schedule.startTime !== undefined)
        parts[0] = `${parts[0]} ${t("plans.schedule.at", { time: schedule.startTime })}`;
      parts.push(t("plans.schedule.from", { date: formatLocalDate(schedule.startDate, "medium") }));
      if (schedule.until !== undefined)
        parts.push(t("plans.schedule.until", { date: formatLocalDate(schedule.until, "medium") }));
      if (schedule.count !== undefined) parts.push(t("plans.schedule.count", { count: schedule.count }));
      return parts.join(" · ");
    },
    [t, locale, formatLocalDate, weekdays],
  );
}
