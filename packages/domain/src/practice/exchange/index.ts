export * from "./csv-format";
export * from "./export-csv";
export * from "./json-export";
export * from "./json-import";
export * from "./plan-import";
