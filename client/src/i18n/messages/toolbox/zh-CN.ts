import type { ToolboxMessageKey } from "./en";

/** Toolbox: metronome, tempo trainer, counter, circle of fifths, tuner, drone: messages in zh-CN (spread into ../zh-CN.ts). */
export const toolboxZhCN: Readonly<Record<ToolboxMessageKey, string>> = {};
