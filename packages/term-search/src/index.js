export * from "./edit-distance.js";
export * from "./normalize.js";
export * from "./rank.js";
export * from "./term-index.js";
export * from "./term-names.js";
export * from "./term-schema.js";
export * from "./trigrams.js";
