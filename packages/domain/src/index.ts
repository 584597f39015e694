export * from "./canonical-json";
export * from "./document-stamping";
export * from "./hlc";
export * from "./hlc-clock";
export * from "./merge";
export * from "./string-order";
export * from "./synced-document";
