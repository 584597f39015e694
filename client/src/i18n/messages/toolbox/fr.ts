import type { ToolboxMessageKey } from "./en";

/** Toolbox: metronome, tempo trainer, counter, circle of fifths, tuner, drone: messages in fr (spread into ../fr.ts). */
export const toolboxFr: Readonly<Record<ToolboxMessageKey, string>> = {};
