import { clampTempoBpm } from "./meter";

/** What the trainer does once it reaches the ceiling: stay there, walk back down once, or go up and down forever. */
export const TrainerEnding = { hold: "hold", descend: "descend", loop: "loop" } as const;
export type TrainerEnding = (typeof TrainerEnding)[keyof typeof TrainerEnding];

/** A tempo trainer: from `startBpm`, `stepBpm` more every `everyBars` bars up to `ceilingBpm`. */
export interface TempoTrainerPlan {
  startBpm: number;
  stepBpm: number;
  everyBars: number;
  ceilingBpm: number;
  ending: TrainerEnding;
}

/** Where the trainer is at a bar: its tempo and how many bars remain before it changes (null: never again). */
export interface TrainerPosition {
  tempoBpm: number;
  step: number;
  barsUntilNextStep: number | null;
}

/** The tempi of the climb, the last one clamped to the ceiling: 80, 84, … , ceiling. */
export function trainerClimb(plan: TempoTrainerPlan): number[] {
  const start = clampTempoBpm(plan.startBpm);
  const ceiling = Math.max(start, clampTempoBpm(plan.ceilingBpm));
  const step = Math.max(1, Math.round(Math.abs(plan.stepBpm)));
  const tempi: number[] = [];
  for (let tempo = start; tempo < ceiling; tempo += step) tempi.push(tempo);
  tempi.push(ceiling);
  return tempi;
}

/** Every step the plan plays, in order; for `loop` one period (up then down, without repeating the ends). */
export function trainerSteps(plan: TempoTrainerPlan): number[] {
  const climb = trainerClimb(plan);
  const descent = climb.slice(0, -1).reverse();
  if (plan.ending === "hold") return climb;
  if (plan.ending === "descend") return [...climb, ...descent];
  return [...climb, ...descent.slice(0, -1)];
}

/**
 * The trainer's tempo at a bar counted from its start (bar 0 plays `startBpm`).
 *
 * @example
 * trainerPositionAt({ startBpm: 80, stepBpm: 5, everyBars: 4, ceilingBpm: 90, ending: "hold" }, 5);
 * // { tempoBpm: 85, step: 1, barsUntilNextStep: 3 }
 */
export function trainerPositionAt(plan: TempoTrainerPlan, barsElapsed: number): TrainerPosition {
  const steps = trainerSteps(plan);
  const everyBars = Math.max(1, Math.round(plan.everyBars));
  const bar = Math.max(0, Math.floor(barsElapsed));
  const rawStep = Math.floor(bar / everyBars);
  const isLooping = plan.ending === "loop" && steps.length > 1;
  const step = isLooping ? rawStep % steps.length : Math.min(rawStep, steps.length - 1);
  const isFinal = !isLooping && rawStep >= steps.length - 1;
  return {
    tempoBpm: steps[step] ?? clampTempoBpm(plan.startBpm),
    step,
    barsUntilNextStep: isFinal ? null : everyBars - (bar % everyBars),
  };
}
