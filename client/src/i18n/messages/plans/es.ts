import type { PlansMessageKey } from "./en";

/** Practice plans and check-ins: messages in es (spread into ../es.ts). */
export const plansEs: Readonly<Record<PlansMessageKey, string>> = {};
