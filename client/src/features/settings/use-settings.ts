import { getLocaleWeekStartDay } from "@mirubato/domain";
import { type SettingsDoc, settingsDocumentId } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import { useRepository } from "../../db/database-context";
import type { PatchOf, WriteResult } from "../../db/repository";
import { useDocument } from "../../db/use-document";
import { isLocale, pickLocale } from "../../i18n/locales";
import {
  type EffectiveSettings,
  mergeSettingsContent,
  resolveSettings,
  type SettingsFallback,
} from "./settings-values";

export type SettingsPatch = Omit<PatchOf<"settings">, "_deleted">;

export interface SettingsState {
  readonly settings: EffectiveSettings;
  /** True until the local database has answered (defaults are shown meanwhile). */
  readonly isLoading: boolean;
  /** Saves locally (and so syncs); `undefined` while the database is still opening. */
  readonly saveSettings: (patch: SettingsPatch) => Promise<WriteResult<SettingsDoc> | undefined>;
}

function readDeviceConventions(): SettingsFallback {
  const locale = pickLocale(navigator.languages);
  return {
    locale,
    weekStartDay: getLocaleWeekStartDay(navigator.language || locale),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

/**
 * The musician's settings (language, theme, instruments, week start, daily goal, time zone) for
 * any feature, live from the one settings document, and a way to change them.
 *
 * @example
 * const { settings } = useSettings();
 * computeOverview(entries, { today, weekStartDay: settings.weekStartDay });
 */
export function useSettings(): SettingsState {
  const { document, isLoading } = useDocument("settings", settingsDocumentId);
  const repository = useRepository();
  const fallback = useMemo(readDeviceConventions, []);
  const settings = useMemo(() => resolveSettings(document, fallback, isLocale), [document, fallback]);
  const saveSettings = useCallback(
    async (patch: SettingsPatch) => {
      if (repository === undefined) return undefined;
      // Update first: the document may exist already (another tab, or pulled by sync) even when
      // this render has not seen it yet; only a missing document is created, under the fixed id.
      const updated = await repository.updateDocument("settings", settingsDocumentId, patch);
      if (updated.ok || updated.error.code !== "not_found") return updated;
      return repository.createDocument("settings", mergeSettingsContent(settings, patch), {
        id: settingsDocumentId,
      });
    },
    [repository, settings],
  );
  return { settings, isLoading, saveSettings };
}
