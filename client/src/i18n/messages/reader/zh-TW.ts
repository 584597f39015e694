import type { ReaderMessageKey } from "./en";

/** Score reader and annotations: messages in zh-TW (spread into ../zh-TW.ts). */
export const readerZhTW: Readonly<Record<ReaderMessageKey, string>> = {};
