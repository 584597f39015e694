import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in de (spread into ../de.ts). */
export const toolsDe: Readonly<Record<ToolsMessageKey, string>> = {
  "tools.tuner.reading": "Anzeige des Stimmgeräts",
  "tools.tuner.note": "Ton",
  "tools.tuner.cents": "Cent",
  "tools.tuner.offset": "Abweichung in Cent",
  "tools.tuner.idle": "Drücke Start und spiele einen Ton.",
  "tools.tuner.listening": "Hört zu…",
  "tools.tuner.inTune": "Gestimmt",
  "tools.tuner.sharp": "Zu hoch",
  "tools.tuner.flat": "Zu tief",
  "tools.tuner.denied":
    "Der Mikrofonzugriff wurde verweigert. Erlaube ihn in den Website-Einstellungen des Browsers und versuche es erneut.",
  "tools.tuner.failed": "Das Mikrofon konnte nicht geöffnet werden.",
  "tools.tuner.start": "Start",
  "tools.tuner.stop": "Stopp",
  "tools.tuner.referenceA": "Kammerton A",
};
