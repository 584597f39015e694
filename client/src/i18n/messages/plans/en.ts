/** Practice plans and check-ins: English messages, the source of this feature's keys (spread into ../en.ts). */
export const plansEn = {} as const satisfies Record<string, string>;

export type PlansMessageKey = keyof typeof plansEn;
