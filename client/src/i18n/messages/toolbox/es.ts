import type { ToolboxMessageKey } from "./en";

/** Toolbox: metronome, tempo trainer, counter, circle of fifths, tuner, drone: messages in es (spread into ../es.ts). */
export const toolboxEs: Readonly<Record<ToolboxMessageKey, string>> = {};
