/** Score reader and annotations: English messages, the source of this feature's keys (spread into ../en.ts). */
export const readerEn = {} as const satisfies Record<string, string>;

export type ReaderMessageKey = keyof typeof readerEn;
