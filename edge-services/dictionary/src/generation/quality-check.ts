import { namesOf, normalizeTerm } from "@mirubato/term-search";
import type { GeneratedDefinition } from "./definition-provider";

/** Below this self-reported confidence a generated entry is not stored at all. */
export const MIN_CONFIDENCE = 0.7;

const hedging =
  /\b(as an ai|language model|i (do not|don't) know|i'?m not sure|no (reliable )?information)\b/i;

export type QualityVerdict = { isAccepted: true } | { isAccepted: false; reason: string };

/**
 * The gate between a model's answer and the dictionary: the entry must be about the term that
 * was asked for, confident, substantial, and free of the phrases models use when they are guessing.
 */
export function checkQuality(requested: string, definition: GeneratedDefinition): QualityVerdict {
  const wanted = normalizeTerm(requested);
  if (!namesOf(definition).some((name) => name.normalized === wanted)) {
    return { isAccepted: false, reason: "the entry is about another term" };
  }
  if (definition.confidence < MIN_CONFIDENCE) return { isAccepted: false, reason: "low confidence" };
  if (definition.concise.length < 10 || definition.detailed.length < 60) {
    return { isAccepted: false, reason: "the definition is too short" };
  }
  if (normalizeTerm(definition.concise) === wanted)
    return { isAccepted: false, reason: "the definition repeats the term" };
  const text = [definition.concise, definition.detailed, definition.etymology, definition.example].join(" ");
  if (hedging.test(text)) return { isAccepted: false, reason: "the model hedged" };
  return { isAccepted: true };
}
