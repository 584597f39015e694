import type { ReaderMessageKey } from "./en";

/** Score reader and annotations: messages in de (spread into ../de.ts). */
export const readerDe: Readonly<Record<ReaderMessageKey, string>> = {};
