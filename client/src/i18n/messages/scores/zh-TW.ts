import type { ScoresMessageKey } from "./en";

/** Scores library and reader: messages in zh-TW (spread into ../zh-TW.ts). */
export const scoresZhTW: Readonly<Record<ScoresMessageKey, string>> = {};
