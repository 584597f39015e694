import type { ToolboxMessageKey } from "./en";

/** Toolbox: metronome, tempo trainer, counter, circle of fifths, tuner, drone: messages in zh-TW (spread into ../zh-TW.ts). */
export const toolboxZhTW: Readonly<Record<ToolboxMessageKey, string>> = {};
