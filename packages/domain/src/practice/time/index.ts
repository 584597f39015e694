export * from "./duration-parts";
export * from "./local-date";
export * from "./local-date-math";
export * from "./local-day-bounds";
export * from "./week-start";
