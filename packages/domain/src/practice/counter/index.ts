export * from "./counter-entry";
export * from "./counter-state";
