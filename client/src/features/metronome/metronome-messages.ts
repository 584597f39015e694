import {
  AccentLevel,
  maxBeatsPerBar,
  maxTempoBpm,
  minTempoBpm,
  Subdivision,
  TrainerEnding,
} from "@mirubato/domain";
import { z } from "zod";
import { clickKits } from "./click-sounds";

/**
 * What crosses the AudioWorklet's message port, in both directions. The port is a boundary like
 * any other (structured clones from another realm), so each side parses what it receives.
 */
/** The name the processor registers under. */
export const metronomeProcessorName = "mirubato-metronome";

const tempoSchema = z.int().min(minTempoBpm).max(maxTempoBpm);
const beatsSchema = z.int().min(1).max(maxBeatsPerBar);
const accentsSchema = z.array(z.enum(AccentLevel)).min(1).max(maxBeatsPerBar).readonly();

export const rhythmSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("meter"),
    accents: accentsSchema,
    groups: z.array(beatsSchema).min(1).max(maxBeatsPerBar).readonly(),
    subdivision: z.enum(Subdivision),
  }),
  z.strictObject({ kind: z.literal("polyrhythm"), accents: accentsSchema, against: beatsSchema }),
]);

export const trainerPlanSchema = z.strictObject({
  startBpm: tempoSchema,
  stepBpm: z.int().min(1).max(100),
  everyBars: z.int().min(1).max(64),
  ceilingBpm: tempoSchema,
  ending: z.enum(TrainerEnding),
});

export const sequencerSettingsSchema = z.strictObject({
  tempoBpm: tempoSchema,
  rhythm: rhythmSchema,
  trainer: trainerPlanSchema.nullable(),
});

/** Main thread → processor. */
export const processorCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("update"), settings: sequencerSettingsSchema }),
  z.strictObject({ type: z.literal("kit"), kit: z.enum(clickKits) }),
  z.strictObject({ type: z.literal("stop") }),
]);
export type ProcessorCommand = z.infer<typeof processorCommandSchema>;

/**
 * The processor's constructor options: what to play, from which frame (null: its first quantum),
 * and in which kit (the click when absent).
 */
export const processorOptionsSchema = z.strictObject({
  settings: sequencerSettingsSchema,
  startFrame: z.int().min(0).nullable(),
  kit: z.enum(clickKits).optional(),
});
export type ProcessorOptions = z.infer<typeof processorOptionsSchema>;

/** Processor → main thread: a beat of the main voice as it is rendered (what the beat indicator shows). */
export const beatEventSchema = z.strictObject({
  type: z.literal("beat"),
  frame: z.int().min(0),
  bar: z.int().min(0),
  beat: z.int().min(0),
  tempoBpm: tempoSchema,
  trainerBarsUntilNextStep: z.int().min(0).nullable(),
});
export type BeatEvent = z.infer<typeof beatEventSchema>;
