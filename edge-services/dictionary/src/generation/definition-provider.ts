import { curatedTermSchema } from "@mirubato/term-search";
import { z } from "zod";

/**
 * Where definitions of missing terms come from. Production and staging: Workers AI
 * (`createWorkersAiProvider`). Locally, where no AI is reachable, there is no provider at all
 * and the dictionary says "not in the dictionary yet" instead of inventing a definition.
 */
export interface DefinitionProvider {
  /** Model name, stored with every generated entry. */
  readonly model: string;
  /** A candidate entry for the term, or null when the model says it is not a music term. */
  define(term: string): Promise<GeneratedDefinition | null>;
}

/** What a provider must return: a curated-shaped entry plus its own confidence (0..1). */
export const generatedDefinitionSchema = curatedTermSchema.extend({
  references: z.array(z.string()).default([]),
  confidence: z.number().min(0).max(1),
});
export type GeneratedDefinition = z.infer<typeof generatedDefinitionSchema>;
