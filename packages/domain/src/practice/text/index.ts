export * from "./normalize-text";
