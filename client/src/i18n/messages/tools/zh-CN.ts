import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in zh-CN (spread into ../zh-CN.ts). */
export const toolsZhCN: Readonly<Record<ToolsMessageKey, string>> = {};
