import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in es (spread into ../es.ts). */
export const toolsEs: Readonly<Record<ToolsMessageKey, string>> = {};
