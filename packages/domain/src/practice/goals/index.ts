export * from "./goal-period";
export * from "./goal-progress";
