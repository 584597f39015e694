import type { PlansMessageKey } from "./en";

/** Practice plans and check-ins: messages in zh-CN (spread into ../zh-CN.ts). */
export const plansZhCN: Readonly<Record<PlansMessageKey, string>> = {};
