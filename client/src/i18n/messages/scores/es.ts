import type { ScoresMessageKey } from "./en";

/** Scores library and reader: messages in es (spread into ../es.ts). */
export const scoresEs: Readonly<Record<ScoresMessageKey, string>> = {};
