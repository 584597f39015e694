import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in zh-TW (spread into ../zh-TW.ts). */
export const toolsZhTW: Readonly<Record<ToolsMessageKey, string>> = {};
