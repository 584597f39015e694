/** The drone's last setup (note, octave, fifth, timbre, volume), kept on this device. */
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../../db/device-storage";
import { droneTimbres } from "./drone-voice";

const storageKey = "mirubato.drone.setup";

export const minDroneOctave = 1;
export const maxDroneOctave = 5;

const droneSetupSchema = z.strictObject({
  pitchClass: z.int().min(0).max(11),
  octave: z.int().min(minDroneOctave).max(maxDroneOctave),
  withFifth: z.boolean(),
  timbre: z.enum(droneTimbres),
  volume: z.number().min(0).max(1),
});
export type DroneSetup = z.infer<typeof droneSetupSchema>;

/** D3 is a common drone (the open D string of a cello or viola); organ tone, no fifth. */
export const defaultDroneSetup: DroneSetup = {
  pitchClass: 2,
  octave: 3,
  withFifth: false,
  timbre: "organ",
  volume: 0.7,
};

export function readDroneSetup(storage: Pick<Storage, "getItem">): DroneSetup {
  return readStoredJson(storage, storageKey, droneSetupSchema) ?? defaultDroneSetup;
}

export function writeDroneSetup(storage: Pick<Storage, "setItem">, setup: DroneSetup): void {
  writeStoredJson(storage, storageKey, setup);
}
