/**
 * The counter's current round, kept in this device's localStorage after every mark, so a reload
 * or a crashed tab in the middle of "five in a row" comes back with every attempt. The round is
 * the device's own until it is saved as a logbook entry, which is what syncs.
 */
import type { CounterState } from "@mirubato/domain";
import { idSchema } from "@mirubato/schema";
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../../db/device-storage";

const storageKey = "mirubato.counter.round";

export const maxStreakTarget = 50;
export const maxTotalTarget = 200;

export interface CounterRound {
  /** The passage in the musician's words, e.g. "bars 12–16". */
  readonly passage: string;
  readonly pieceId: string | null;
  readonly state: CounterState;
}

const roundSchema = z.strictObject({
  passage: z.string().max(120),
  pieceId: idSchema.nullable(),
  state: z.strictObject({
    target: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("streak"), count: z.int().min(1).max(maxStreakTarget) }),
      z.strictObject({ kind: z.literal("total"), count: z.int().min(1).max(maxTotalTarget) }),
    ]),
    doesMissResetStreak: z.boolean(),
    attempts: z
      .array(z.strictObject({ isCorrect: z.boolean(), atMs: z.number().int().nonnegative() }))
      .max(1000),
  }),
});

/** The stored round, or undefined when there is none or it cannot be read. */
export function readRound(storage: Pick<Storage, "getItem">): CounterRound | undefined {
  return readStoredJson(storage, storageKey, roundSchema);
}

export function writeRound(storage: Pick<Storage, "setItem">, round: CounterRound): void {
  writeStoredJson(storage, storageKey, round);
}
