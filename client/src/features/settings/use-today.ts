import { getLocalDate } from "@mirubato/domain";
import { useEffect, useState } from "react";

const checkEveryMs = 60_000;

/**
 * Today's local date (`YYYY-MM-DD`) in the musician's zone, updated when the day changes, so
 * streaks and "today" roll over at the musician's midnight, never at UTC's.
 *
 * @example
 * const today = useToday(settings.timeZone);
 */
export function useToday(timeZone: string): string {
  const [today, setToday] = useState(() => getLocalDate(Date.now(), timeZone));
  useEffect(() => {
    const update = () => setToday(getLocalDate(Date.now(), timeZone));
    update();
    const timer = window.setInterval(update, checkEveryMs);
    document.addEventListener("visibilitychange", update);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", update);
    };
  }, [timeZone]);
  return today;
}
