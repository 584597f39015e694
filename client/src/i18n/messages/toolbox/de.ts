import type { ToolboxMessageKey } from "./en";

/** Toolbox: metronome, tempo trainer, counter, circle of fifths, tuner, drone: messages in de (spread into ../de.ts). */
export const toolboxDe: Readonly<Record<ToolboxMessageKey, string>> = {};
