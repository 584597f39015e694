export * from "./pitch";
