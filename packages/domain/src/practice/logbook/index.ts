export * from "./entry-filter";
export * from "./group-entries-by-day";
