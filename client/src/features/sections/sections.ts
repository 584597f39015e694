/**
 * The app's sections in navigation order. `isPrimary` sections get a tab on phones; the rest are
 * reached through the More page there. Names and descriptions live in i18n (`section.<id>.*`).
 */
export const sections = [
  { id: "today", to: "/", isPrimary: true },
  { id: "practice", to: "/practice", isPrimary: true },
  { id: "logbook", to: "/logbook", isPrimary: true },
  { id: "repertoire", to: "/repertoire", isPrimary: true },
  { id: "scores", to: "/scores", isPrimary: true },
  { id: "plans", to: "/plans", isPrimary: false },
  { id: "goals", to: "/goals", isPrimary: false },
  { id: "reports", to: "/reports", isPrimary: false },
  { id: "dictionary", to: "/dictionary", isPrimary: false },
  { id: "toolbox", to: "/toolbox", isPrimary: false },
  { id: "settings", to: "/settings", isPrimary: false },
  { id: "account", to: "/account", isPrimary: false },
] as const;

export type Section = (typeof sections)[number];
export type SectionId = Section["id"] | "more";

export const secondarySections = sections.filter((section) => !section.isPrimary);
