export * from "./keys";
export * from "./pitch";
