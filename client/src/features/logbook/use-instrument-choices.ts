import { useMemo } from "react";
import { listInstruments } from "../settings/settings-values";
import { useInstrumentLabel } from "../settings/use-instrument-label";
import { useSettings } from "../settings/use-settings";

/**
 * The instruments a form offers: the built-in list and the musician's own (primary first), plus
 * the current value when it is no longer in settings, so editing an old entry never changes it.
 */
export function useInstrumentChoices(current?: string): { value: string; label: string }[] {
  const { settings } = useSettings();
  const instrumentLabel = useInstrumentLabel();
  return useMemo(() => {
    const values = listInstruments(settings);
    if (current !== undefined && current !== "" && !values.includes(current)) values.unshift(current);
    return values.map((value) => ({ value, label: instrumentLabel(value) }));
  }, [settings, current, instrumentLabel]);
}

/** The instrument a new entry or piece starts with: the primary one, else piano. */
export function useDefaultInstrument(): string {
  const { settings } = useSettings();
  return settings.primaryInstrument ?? "piano";
}
