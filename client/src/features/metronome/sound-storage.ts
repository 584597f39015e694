/**
 * How the metronome sounds on this device: its click kit and volume. Kept apart from the setup and
 * the synced presets on purpose: a phone's speaker and a laptop's headphones want different levels.
 */
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../../db/device-storage";
import { clickKits } from "./click-sounds";

const storageKey = "mirubato.metronome.sound";

const soundSchema = z.strictObject({
  kit: z.enum(clickKits),
  volume: z.number().min(0).max(1),
});
export type MetronomeSound = z.infer<typeof soundSchema>;

export const defaultSound: MetronomeSound = { kit: "click", volume: 0.8 };

export function readSound(storage: Pick<Storage, "getItem">): MetronomeSound {
  return readStoredJson(storage, storageKey, soundSchema) ?? defaultSound;
}

export function writeSound(storage: Pick<Storage, "setItem">, sound: MetronomeSound): void {
  writeStoredJson(storage, storageKey, sound);
}
