/**
 * Answers of the dictionary stand-in for term pages and the sitemap: one entry ("crescendo",
 * with markup-looking text to prove escaping), a 404 for anything else under /terms/, and the
 * page list. A request id containing `down-dictionary` makes these routes answer 503.
 */
const entry = {
  id: "cur-it-crescendo",
  slug: "crescendo",
  term: "crescendo",
  lang: "it",
  category: "dynamics",
  concise: "Gradually louder <b>not bold</b>.",
  equivalent: "crescendo",
  detailed: "A gradual increase in loudness over a passage.",
  etymology: "Italian, 'growing'.",
  pronunciation: { ipa: "kreˈʃɛndo", syllables: "cre-SCEN-do" },
  example: "The strings crescendo into the final chord.",
  equivalents: { en: "crescendo", de: "anschwellend", "zh-CN": "渐强" },
  related: [{ term: "diminuendo", slug: "diminuendo" }],
  references: [],
  provenance: { source: "curated", confidence: null, reviewed: true, version: 1 },
  updatedAt: "2026-11-20T10:00:00.000Z",
};

export const dictionaryRoutes = `
    if (url.pathname.startsWith("/api/dictionary/terms/") || url.pathname === "/api/dictionary/pages") {
      if (requestId.includes("down-dictionary")) return new Response("down", { status: 503 });
      if (url.pathname === "/api/dictionary/pages") {
        return Response.json({ terms: [{ slug: "crescendo", updatedAt: "2026-11-20T10:00:00.000Z" }, { slug: "poco-a-poco", updatedAt: "2026-11-21T10:00:00.000Z" }] });
      }
      if (url.pathname === "/api/dictionary/terms/crescendo") {
        return Response.json({ ...${JSON.stringify(entry)}, equivalent: url.searchParams.get("lang") === "de" ? "anschwellend" : "crescendo" });
      }
      return Response.json({ error: { code: "not_found", message: "not in the dictionary yet" }, suggestions: [] }, { status: 404 });
    }`;
