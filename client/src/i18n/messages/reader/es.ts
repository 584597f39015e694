import type { ReaderMessageKey } from "./en";

/** Score reader and annotations: messages in es (spread into ../es.ts). */
export const readerEs: Readonly<Record<ReaderMessageKey, string>> = {};
