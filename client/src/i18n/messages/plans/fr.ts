import type { PlansMessageKey } from "./en";

/** Practice plans and check-ins: messages in fr (spread into ../fr.ts). */
export const plansFr: Readonly<Record<PlansMessageKey, string>> = {};
