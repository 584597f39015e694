export * from "./occurrence-id";
export * from "./occurrence-window";
export * from "./plan-adherence";
export * from "./plan-days";
export * from "./schedule-dates";
export * from "./tempo-progress";
