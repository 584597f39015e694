import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in fr (spread into ../fr.ts). */
export const toolsFr: Readonly<Record<ToolsMessageKey, string>> = {
  "tools.tuner.reading": "Lecture de l'accordeur",
  "tools.tuner.note": "Note",
  "tools.tuner.cents": "Cents",
  "tools.tuner.offset": "Écart en cents",
  "tools.tuner.idle": "Appuyez sur Démarrer et jouez une note.",
  "tools.tuner.listening": "À l'écoute…",
  "tools.tuner.inTune": "Juste",
  "tools.tuner.sharp": "Trop haut",
  "tools.tuner.flat": "Trop bas",
  "tools.tuner.denied":
    "L'accès au micro a été refusé. Autorisez-le dans les paramètres du site du navigateur, puis réessayez.",
  "tools.tuner.failed": "Impossible d'ouvrir le micro.",
  "tools.tuner.start": "Démarrer",
  "tools.tuner.stop": "Arrêter",
  "tools.tuner.referenceA": "La de référence",
};
