import { useCallback } from "react";
import { useT } from "../../i18n/i18n-context";
import { isBuiltInInstrument } from "./settings-values";

/**
 * How to show an instrument: built-ins by their translated name, the musician's own as typed.
 *
 * @example
 * const instrumentLabel = useInstrumentLabel();
 * instrumentLabel("double_bass"); // "Double bass"
 */
export function useInstrumentLabel(): (instrument: string) => string {
  const t = useT();
  return useCallback(
    (instrument: string) => (isBuiltInInstrument(instrument) ? t(`instrument.${instrument}`) : instrument),
    [t],
  );
}
