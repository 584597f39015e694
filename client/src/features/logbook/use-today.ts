import { useSettings } from "../settings/use-settings";
import { useToday as useTodayIn } from "../settings/use-today";

/** The musician's local date now and their zone; the date turns over at their midnight, not UTC's. */
export function useToday(): { today: string; timeZone: string } {
  const { timeZone } = useSettings().settings;
  return { today: useTodayIn(timeZone), timeZone };
}
