/**
 * The metronome's last setup (tempo, bar, accents, subdivision, polyrhythm, trainer), kept in this
 * device's localStorage so the metronome opens as the musician left it. Presets are what syncs;
 * this is only the device's own last state.
 */
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../../db/device-storage";
import { rhythmSchema, trainerPlanSchema } from "./metronome-messages";
import type { MetronomeSetup } from "./metronome-setup";

const storageKey = "mirubato.metronome.setup";

const meterFields = rhythmSchema.options[0].shape;

const lastSetupSchema = z
  .strictObject({
    tempoBpm: z.int().min(20).max(400),
    accents: meterFields.accents,
    groups: meterFields.groups,
    subdivision: meterFields.subdivision,
    polyrhythmAgainst: rhythmSchema.options[1].shape.against.nullable(),
    trainer: trainerPlanSchema,
    isTrainerOn: z.boolean(),
  })
  .refine((setup) => setup.groups.reduce((sum, size) => sum + size, 0) === setup.accents.length, {
    message: "the groups must add up to the beats of the bar",
  });

/** The stored setup, or undefined when there is none or it cannot be read. */
export function readLastSetup(storage: Pick<Storage, "getItem">): MetronomeSetup | undefined {
  return readStoredJson(storage, storageKey, lastSetupSchema);
}

/** A full or blocked storage only means the metronome opens with defaults next time. */
export function writeLastSetup(storage: Pick<Storage, "setItem">, setup: MetronomeSetup): void {
  writeStoredJson(storage, storageKey, setup);
}
