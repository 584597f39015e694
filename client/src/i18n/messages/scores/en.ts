/** Scores library and reader: English messages, the source of this feature's keys (spread into ../en.ts). */
export const scoresEn = {} as const satisfies Record<string, string>;

export type ScoresMessageKey = keyof typeof scoresEn;
