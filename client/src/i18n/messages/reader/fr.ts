import type { ReaderMessageKey } from "./en";

/** Score reader and annotations: messages in fr (spread into ../fr.ts). */
export const readerFr: Readonly<Record<ReaderMessageKey, string>> = {};
