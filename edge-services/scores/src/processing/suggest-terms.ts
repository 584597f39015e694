import { termSuggestionSchema } from "@mirubato/schema";
import { parseServiceKeys, signServiceToken } from "@mirubato/session-token";
import type { Logger } from "@mirubato/worker-kit";
import { z } from "zod";
import type { TermDictionary } from "../env";

const lookupAnswerSchema = z.array(termSuggestionSchema);

export interface SuggestTermsDeps {
  dictionary: TermDictionary;
  serviceKeys: string | undefined;
  logger: Logger;
}

/**
 * Asks the dictionary which of the candidate words are music terms. Suggestions are a courtesy:
 * when the dictionary is down, slow to deploy or answers nonsense, processing goes on without
 * them (null), and the failure is logged without the words.
 */
export async function suggestTerms(
  deps: SuggestTermsDeps,
  candidates: string[],
): Promise<z.infer<typeof lookupAnswerSchema> | null> {
  if (candidates.length === 0) return [];
  try {
    const token = await signServiceToken("scores", "dictionary", parseServiceKeys(deps.serviceKeys));
    const answer = lookupAnswerSchema.parse(await deps.dictionary.lookupTerms(token, candidates));
    const unique = new Map(answer.map((term) => [term.id, term]));
    return [...unique.values()];
  } catch (error) {
    deps.logger.warn("dictionary look-up failed", {
      errorName: error instanceof Error ? error.name : "unknown",
      candidateCount: candidates.length,
    });
    return null;
  }
}
