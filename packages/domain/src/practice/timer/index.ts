export * from "./parse-timer-state";
export * from "./timer-entry";
export * from "./timer-reminder";
export * from "./timer-state";
