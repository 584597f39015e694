// zod/mini because this schema runs in the route tree, which is part of the first-load bundle.
import { z } from "zod/mini";

/** Languages the dictionary serves (design §3b); the shareable URL is /dictionary/{lang}/{term}. */
export const dictionaryLanguages = ["en", "es", "fr", "de", "zh-CN", "zh-TW"] as const;
export type DictionaryLanguage = (typeof dictionaryLanguages)[number];

export const dictionaryTermParamsSchema = z.object({
  lang: z.enum(dictionaryLanguages),
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});

export type DictionaryTermParams = z.infer<typeof dictionaryTermParamsSchema>;

/** `/dictionary?lang=de`: the language terms are shown in. */
export const dictionarySearchSchema = z.object({
  lang: z.optional(z.catch(z.enum(dictionaryLanguages), "en")),
});
