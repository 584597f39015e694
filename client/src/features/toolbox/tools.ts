/**
 * The Toolbox's tools in the order the index lists them. Each has its own route; the tempo trainer
 * lives inside the metronome, so it links there. Names and descriptions are `toolbox.<id>.*`.
 */
export const tools = [
  { id: "metronome", to: "/toolbox/metronome" },
  { id: "trainer", to: "/toolbox/metronome" },
  { id: "counter", to: "/toolbox/counter" },
  { id: "circle", to: "/toolbox/circle-of-fifths" },
  { id: "tuner", to: "/toolbox/tuner" },
  { id: "drone", to: "/toolbox/drone" },
] as const;

export type Tool = (typeof tools)[number];
