export * from "./compute-streaks";
export * from "./milestones";
