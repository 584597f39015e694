import type { ScoresMessageKey } from "./en";

/** Scores library and reader: messages in fr (spread into ../fr.ts). */
export const scoresFr: Readonly<Record<ScoresMessageKey, string>> = {};
