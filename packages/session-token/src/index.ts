export * from "./authenticate-request";
export * from "./cookie";
export type { TokenRejection } from "./hs256-token";
export * from "./service-token";
export * from "./session-cookie";
export * from "./session-keys";
export * from "./session-token";
