import type { ScoresMessageKey } from "./en";

/** Scores library and reader: messages in zh-CN (spread into ../zh-CN.ts). */
export const scoresZhCN: Readonly<Record<ScoresMessageKey, string>> = {};
