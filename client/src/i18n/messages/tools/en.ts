/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: English messages, the source of this feature's keys (spread into ../en.ts). */
export const toolsEn = {
  "tools.tuner.reading": "Tuner reading",
  "tools.tuner.note": "Note",
  "tools.tuner.cents": "Cents",
  "tools.tuner.offset": "Cents off",
  "tools.tuner.idle": "Press Start and play a note.",
  "tools.tuner.listening": "Listening…",
  "tools.tuner.inTune": "In tune",
  "tools.tuner.sharp": "Sharp",
  "tools.tuner.flat": "Flat",
  "tools.tuner.denied":
    "Microphone access was denied. Allow it in the browser's site settings, then try again.",
  "tools.tuner.failed": "The microphone could not be opened.",
  "tools.tuner.start": "Start",
  "tools.tuner.stop": "Stop",
  "tools.tuner.referenceA": "Reference A",
} as const satisfies Record<string, string>;

export type ToolsMessageKey = keyof typeof toolsEn;
