import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in de (spread into ../de.ts). */
export const toolsDe: Readonly<Record<ToolsMessageKey, string>> = {};
