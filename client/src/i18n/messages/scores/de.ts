import type { ScoresMessageKey } from "./en";

/** Scores library and reader: messages in de (spread into ../de.ts). */
export const scoresDe: Readonly<Record<ScoresMessageKey, string>> = {};
