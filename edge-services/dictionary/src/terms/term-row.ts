import {
  equivalentsSchema,
  normalizeTerm,
  pronunciationSchema,
  type TermEntry,
  type TermSummary,
  termCategorySchema,
} from "@mirubato/term-search";
import { z } from "zod";

// D1 rows of `terms`, parsed (JSON columns included) before anything else sees them.

function jsonColumn<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

export const SUMMARY_COLUMNS =
  "id, slug, term, normalized, lang, category, concise_definition, equivalents_json";

export const summaryRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  term: z.string(),
  normalized: z.string(),
  lang: z.string(),
  category: termCategorySchema,
  concise_definition: z.string(),
  equivalents_json: jsonColumn(equivalentsSchema.partial()),
});
export type SummaryRow = z.infer<typeof summaryRowSchema>;

export const ENTRY_COLUMNS = `${SUMMARY_COLUMNS}, detailed_definition, etymology, pronunciation_json, example,
  related_json, references_json, source, quality_score, reviewed_at, version, updated_at`;

export const entryRowSchema = summaryRowSchema.extend({
  detailed_definition: z.string().nullable(),
  etymology: z.string().nullable(),
  pronunciation_json: jsonColumn(pronunciationSchema).nullable(),
  example: z.string().nullable(),
  related_json: jsonColumn(z.array(z.string())),
  references_json: jsonColumn(z.array(z.string())),
  source: z.enum(["curated", "ai", "editor"]),
  quality_score: z.number().nullable(),
  reviewed_at: z.number().nullable(),
  version: z.number().int(),
  updated_at: z.number(),
});
export type EntryRow = z.infer<typeof entryRowSchema>;

function definedValues(record: Partial<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) result[key] = value;
  return result;
}

export function toSummary(row: SummaryRow, lang: string): TermSummary {
  const summary: TermSummary = {
    id: row.id,
    slug: row.slug,
    term: row.term,
    lang: row.lang,
    category: row.category,
    concise: row.concise_definition,
  };
  const equivalent = definedValues(row.equivalents_json)[lang];
  return equivalent === undefined ? summary : { ...summary, equivalent };
}

/**
 * @param slugs normalized related term → slug, for the related terms that exist
 */
export function toEntry(row: EntryRow, lang: string, slugs: ReadonlyMap<string, string>): TermEntry {
  return {
    ...toSummary(row, lang),
    detailed: row.detailed_definition,
    etymology: row.etymology,
    pronunciation: row.pronunciation_json,
    example: row.example,
    equivalents: definedValues(row.equivalents_json),
    related: row.related_json.map((term) => ({ term, slug: slugs.get(normalizeTerm(term)) ?? null })),
    references: row.references_json,
    provenance: {
      source: row.source === "ai" ? "generated" : row.source,
      confidence: row.source === "ai" ? row.quality_score : null,
      reviewed: row.reviewed_at !== null,
      version: row.version,
    },
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
