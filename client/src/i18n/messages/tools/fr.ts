import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in fr (spread into ../fr.ts). */
export const toolsFr: Readonly<Record<ToolsMessageKey, string>> = {};
