import { metronomePresetSchema, settingsDocumentId, uuidv7 } from "@mirubato/schema";
import { useCallback, useState } from "react";
import { useDocument } from "../../db/use-document";
import { useSettings } from "../settings/use-settings";
import { type StoredPreset, toPreset } from "./metronome-preset";
import type { MetronomeSetup } from "./metronome-setup";

export const maxPresets = 50;
const noPresets: readonly StoredPreset[] = [];

export type PresetSaveStatus = "idle" | "saved" | "failed" | "full";

/**
 * The musician's named metronome presets, kept in the synced settings document (so they reach
 * every device), with save (a preset of the same name is replaced) and delete.
 */
export function useMetronomePresets() {
  const { document } = useDocument("settings", settingsDocumentId);
  const { saveSettings } = useSettings();
  const [status, setStatus] = useState<PresetSaveStatus>("idle");
  const presets: readonly StoredPreset[] = document?.metronomePresets ?? noPresets;

  const write = useCallback(
    async (next: readonly StoredPreset[]) => {
      // Parsing copies the read-only stored presets into plain values (and re-checks them).
      const result = await saveSettings({
        metronomePresets: next.map((entry) => metronomePresetSchema.parse(entry)),
      });
      setStatus(result?.ok === true ? "saved" : "failed");
    },
    [saveSettings],
  );

  const save = useCallback(
    async (setup: MetronomeSetup, name: string) => {
      const trimmed = name.trim();
      const existing = presets.find((preset) => preset.name === trimmed);
      if (existing === undefined && presets.length >= maxPresets) {
        setStatus("full");
        return;
      }
      const preset = toPreset(setup, existing?.id ?? uuidv7(), trimmed);
      const others = presets.filter((entry) => entry.id !== preset.id);
      await write([...others, preset].sort((a, b) => a.name.localeCompare(b.name)));
    },
    [presets, write],
  );

  const remove = useCallback(
    (id: string) => write(presets.filter((preset) => preset.id !== id)),
    [presets, write],
  );

  return { presets, save, remove, status };
}
