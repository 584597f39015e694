export * from "./error";
export * from "./error-code";
