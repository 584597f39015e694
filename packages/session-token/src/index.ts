export * from "./cookie";
export * from "./session-cookie";
export * from "./session-keys";
export * from "./session-token";
