import type { ToolsMessageKey } from "./en";

/** Toolbox tools beyond the metronome: repetition counter, circle of fifths, tuner, drone: messages in es (spread into ../es.ts). */
export const toolsEs: Readonly<Record<ToolsMessageKey, string>> = {
  "tools.tuner.reading": "Lectura del afinador",
  "tools.tuner.note": "Nota",
  "tools.tuner.cents": "Cents",
  "tools.tuner.offset": "Desviación en cents",
  "tools.tuner.idle": "Pulsa Iniciar y toca una nota.",
  "tools.tuner.listening": "Escuchando…",
  "tools.tuner.inTune": "Afinado",
  "tools.tuner.sharp": "Alto",
  "tools.tuner.flat": "Bajo",
  "tools.tuner.denied":
    "Se denegó el acceso al micrófono. Permítelo en los ajustes del sitio del navegador y vuelve a intentarlo.",
  "tools.tuner.failed": "No se pudo abrir el micrófono.",
  "tools.tuner.start": "Iniciar",
  "tools.tuner.stop": "Detener",
  "tools.tuner.referenceA": "La de referencia",
};
