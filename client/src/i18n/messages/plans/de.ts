import type { PlansMessageKey } from "./en";

/** Practice plans and check-ins: messages in de (spread into ../de.ts). */
export const plansDe: Readonly<Record<PlansMessageKey, string>> = {};
