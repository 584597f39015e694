import type { TermEntry } from "@mirubato/term-search";

export const lento: TermEntry = {
  id: "cur-it-lento",
  slug: "lento",
  term: "lento",
  lang: "it",
  category: "tempo",
  concise: "Slow.",
  equivalent: "langsam",
  detailed: null,
  etymology: null,
  pronunciation: { ipa: "ˈlɛnto", syllables: "LEN-to" },
  example: null,
  equivalents: { en: "slow", de: "langsam" },
  related: [{ term: "largo", slug: "largo" }],
  references: [],
  provenance: { source: "curated", confidence: null, reviewed: true, version: 1 },
  updatedAt: "2026-11-20T10:00:00.000Z",
};
