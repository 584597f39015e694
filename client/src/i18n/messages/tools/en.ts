/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: English messages, the source of this feature's keys (spread into ../en.ts). */
export const toolsEn = {} as const satisfies Record<string, string>;

export type ToolsMessageKey = keyof typeof toolsEn;
