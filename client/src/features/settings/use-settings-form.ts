import { useCallback, useMemo, useState } from "react";
import { isLocale } from "../../i18n/locales";
import type { MessageKey } from "../../i18n/messages/en";
import type { EffectiveSettings } from "./settings-values";
import { type SettingsPatch, useSettings } from "./use-settings";

export type SaveStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "saved" }
  | { readonly kind: "failed"; readonly messageKey: MessageKey };

/** The stored settings with the changes still on their way to the database shown over them. */
function applyPendingChanges(settings: EffectiveSettings, pending: SettingsPatch): EffectiveSettings {
  if (Object.keys(pending).length === 0) return settings;
  const { language } = pending;
  return {
    ...settings,
    language: language !== undefined && isLocale(language) ? language : settings.language,
    theme: pending.theme ?? settings.theme,
    primaryInstrument: Object.hasOwn(pending, "primaryInstrument")
      ? pending.primaryInstrument
      : settings.primaryInstrument,
    customInstruments: pending.customInstruments ?? settings.customInstruments,
    weekStartDay: pending.weekStartDay ?? settings.weekStartDay,
    dailyGoalMinutes: pending.dailyGoalMinutes ?? settings.dailyGoalMinutes,
  };
}

/**
 * The settings page's state: the live settings, shown optimistically while a save is in flight
 * (the database answers a moment later, and a radio button must not jump back meanwhile), and a
 * save that reports its outcome for the page's status line (saves are local, online or not).
 */
export function useSettingsForm() {
  const { settings, isLoading, saveSettings } = useSettings();
  const [pending, setPending] = useState<SettingsPatch>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const save = useCallback(
    async (patch: SettingsPatch) => {
      setPending((current) => ({ ...current, ...patch }));
      const result = await saveSettings(patch);
      setPending({});
      if (result?.ok === true) {
        setStatus({ kind: "saved" });
        return;
      }
      const isStorageFull = result?.error.code === "storage_full";
      setStatus({
        kind: "failed",
        messageKey: isStorageFull ? "settings.storageFull" : "settings.saveFailed",
      });
    },
    [saveSettings],
  );
  const shown = useMemo(() => applyPendingChanges(settings, pending), [settings, pending]);
  return { settings: shown, isLoading, save, status };
}
