export * from "./bench-reports";
export * from "./breakdown";
export * from "./date-range";
export * from "./heatmap";
export * from "./overview";
export * from "./synthetic-practice";
export * from "./trend";
