export * from "./click-sequencer";
export * from "./click-timeline";
export * from "./meter";
export * from "./rhythm";
export * from "./tap-tempo";
export * from "./tempo-trainer";
