import { type AnnotationMark, StampKind } from "@mirubato/schema";
import type { MessageKey } from "../../i18n/messages/en";
import { highlighterMinWidth } from "./stroke-geometry";

export type Tool = "pen" | "highlighter" | "text" | "stamp" | "eraser";

export interface ToolSettings {
  readonly tool: Tool;
  readonly color: string;
  readonly stamp: StampKind;
  readonly stampLabel: string;
}

export const tools: readonly { readonly tool: Tool; readonly label: MessageKey }[] = [
  { tool: "pen", label: "reader.toolPen" },
  { tool: "highlighter", label: "reader.toolHighlighter" },
  { tool: "text", label: "reader.toolText" },
  { tool: "stamp", label: "reader.toolStamp" },
  { tool: "eraser", label: "reader.toolEraser" },
];

export const colors: readonly { readonly value: string; readonly label: MessageKey }[] = [
  { value: "#1b1b1f", label: "reader.colorBlack" },
  { value: "#c62828", label: "reader.colorRed" },
  { value: "#1e56c8", label: "reader.colorBlue" },
  { value: "#2e7d32", label: "reader.colorGreen" },
  { value: "#f5c400", label: "reader.colorYellow" },
];

export const stamps: readonly { readonly stamp: StampKind; readonly label: MessageKey }[] = [
  { stamp: StampKind.breath, label: "reader.stampBreath" },
  { stamp: StampKind.fingering, label: "reader.stampFingering" },
  { stamp: StampKind.dynamic, label: "reader.stampDynamic" },
  { stamp: StampKind.accent, label: "reader.stampAccent" },
  { stamp: StampKind.check, label: "reader.stampCheck" },
  { stamp: StampKind.question, label: "reader.stampQuestion" },
];

/** Fingering and dynamic stamps carry a label ("3", "pp"); the others are a fixed sign. */
export const hasStampLabel = (stamp: StampKind) =>
  stamp === StampKind.fingering || stamp === StampKind.dynamic;

const stampGlyphs: Readonly<Record<StampKind, string>> = {
  breath: "’",
  fingering: "1",
  dynamic: "p",
  accent: ">",
  check: "✓",
  question: "?",
};

export function stampText(mark: Extract<AnnotationMark, { kind: "stamp" }>): string {
  return mark.label !== undefined && mark.label !== "" ? mark.label : stampGlyphs[mark.stamp];
}

/** Widths as fractions of the page width: a fine pen line, a highlighter about one staff line apart. */
export const penWidth = 0.003;
export const highlighterWidth = highlighterMinWidth + 0.005;
export const eraserRadius = 0.012;

export const layerLabels: Readonly<Record<string, MessageKey>> = {
  mine: "reader.layerMine",
  teacher: "reader.layerTeacher",
};
export const defaultLayers = ["mine", "teacher"] as const;
