/** Toolbox: metronome, tempo trainer, counter, circle of fifths, tuner, drone: English messages, the source of this feature's keys (spread into ../en.ts). */
export const toolboxEn = {} as const satisfies Record<string, string>;

export type ToolboxMessageKey = keyof typeof toolboxEn;
