export * from "./piece-stats";
export * from "./piece-timeline";
export * from "./status-history";
