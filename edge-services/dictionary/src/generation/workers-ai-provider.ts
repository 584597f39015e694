import { appLanguages, termCategories } from "@mirubato/term-search";
import { z } from "zod";
import {
  type DefinitionProvider,
  type GeneratedDefinition,
  generatedDefinitionSchema,
} from "./definition-provider";

export const WORKERS_AI_MODEL = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";

/** The one call this provider makes into Workers AI; tests replace exactly this. */
export type RunModel = (input: {
  messages: Array<{ role: "system" | "user"; content: string }>;
  response_format: { type: "json_schema"; json_schema: unknown };
  max_tokens: number;
  temperature: number;
}) => Promise<unknown>;

const answerSchema = z.union([
  z.object({ isMusicTerm: z.literal(false) }),
  z.object({ isMusicTerm: z.literal(true), entry: z.unknown() }),
]);

// Workers AI answers `{ response }`, where `response` is the JSON object or its text.
const modelOutputSchema = z.object({ response: z.union([z.string(), z.record(z.string(), z.unknown())]) });

const jsonSchema = {
  type: "object",
  required: ["isMusicTerm"],
  properties: {
    isMusicTerm: { type: "boolean" },
    entry: {
      type: "object",
      required: ["term", "lang", "category", "concise", "detailed", "etymology", "pronunciation", "example"],
      properties: {
        term: { type: "string" },
        lang: { type: "string", description: "ISO 639-1 code of the language of origin, or 'other'" },
        category: { type: "string", enum: termCategories },
        concise: { type: "string", description: "one sentence, at most 200 characters" },
        detailed: { type: "string", description: "60 to 1200 characters" },
        etymology: { type: "string" },
        pronunciation: {
          type: "object",
          properties: { ipa: { type: "string" }, syllables: { type: "string" } },
        },
        example: { type: "string" },
        equivalents: {
          type: "object",
          properties: Object.fromEntries(appLanguages.map((l) => [l, { type: "string" }])),
        },
        related: { type: "array", items: { type: "string" }, maxItems: 5 },
        confidence: { type: "number", minimum: 0, maximum: 1 },
      },
    },
  },
};

const SYSTEM_PROMPT = `You write entries for a dictionary of music terms used by practising musicians.
Answer only with JSON matching the schema. If the text is not an established music term, answer
{"isMusicTerm": false}. Never invent a meaning. Definitions are in English, in plain words.
"equivalents" gives the term as musicians say it in en, es, fr, de, zh-CN and zh-TW.
"confidence" is your honest probability (0 to 1) that every statement in the entry is correct.`;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A `DefinitionProvider` over Workers AI: JSON mode, then zod. Anything that does not parse is
 * treated as "no definition", never repaired by guessing.
 *
 * @example
 * const provider = createWorkersAiProvider((input) => env.AI.run(WORKERS_AI_MODEL, input));
 */
export function createWorkersAiProvider(run: RunModel): DefinitionProvider {
  return {
    model: WORKERS_AI_MODEL,
    async define(term: string): Promise<GeneratedDefinition | null> {
      const output = modelOutputSchema.safeParse(
        await run({
          messages: [
            { role: "system", content: SYSTEM_PROMPT },
            { role: "user", content: `Term: ${JSON.stringify(term)}` },
          ],
          response_format: { type: "json_schema", json_schema: jsonSchema },
          max_tokens: 1200,
          temperature: 0.2,
        }),
      );
      if (!output.success) return null;
      const raw =
        typeof output.data.response === "string" ? parseJson(output.data.response) : output.data.response;
      const answer = answerSchema.safeParse(raw);
      if (!answer.success || !answer.data.isMusicTerm) return null;
      const entry = generatedDefinitionSchema.safeParse(answer.data.entry);
      return entry.success ? entry.data : null;
    },
  };
}
