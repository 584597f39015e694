import type { ReaderMessageKey } from "./en";

/** Score reader and annotations: messages in zh-CN (spread into ../zh-CN.ts). */
export const readerZhCN: Readonly<Record<ReaderMessageKey, string>> = {};
