export * from "./catalogue-keys";
export * from "./composer-names";
export * from "./find-duplicate-pieces";
export * from "./plan-piece-merge";
export * from "./text-similarity";
