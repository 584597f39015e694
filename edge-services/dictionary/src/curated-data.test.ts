import { env } from "cloudflare:workers";
import { curatedTermSchema, normalizeTerm, slugifyTerm } from "@mirubato/term-search";
import { expect, test } from "vitest";

// Every curated entry, as the files are now, against the schema the worker relies on.
const files = Object.entries(env.TEST_CURATED_FILES);

test("every curated entry matches the term schema", () => {
  expect(files.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const [file, text] of files) {
    const parsed = curatedTermSchema.array().safeParse(JSON.parse(text));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${file} ${issue.path.join(".")}: ${issue.message}`);
    }
    for (const entry of parsed.data ?? []) {
      if (`${entry.category}.json` !== file)
        problems.push(`${file} "${entry.term}": category ${entry.category}`);
    }
  }
  expect(problems).toEqual([]);
});

test("no two curated entries share a term and language, or a URL", () => {
  const entries = files.flatMap(([, text]) => curatedTermSchema.array().parse(JSON.parse(text)));
  const keys = entries.map((entry) => `${normalizeTerm(entry.term)} (${entry.lang})`);
  expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  // Slugs may clash across languages (the build suffixes one); within a language they may not.
  const slugs = entries.map((entry) => `${slugifyTerm(entry.term)}-${entry.lang}`);
  expect(new Set(slugs).size).toBe(slugs.length);
});
