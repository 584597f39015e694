import type { PlansMessageKey } from "./en";

/** Practice plans and check-ins: messages in zh-TW (spread into ../zh-TW.ts). */
export const plansZhTW: Readonly<Record<PlansMessageKey, string>> = {};
