import { env } from "cloudflare:workers";
import { expect, test } from "vitest";

// The migration's FTS5 index, exercised in local D1: triggers keep it in step with `terms`.

async function insertTerm(id: string, term: string, normalized: string, concise: string, equivalents = {}) {
  const now = Date.now();
  await env.DB.prepare(
    `INSERT INTO terms (id, term, normalized, lang, category, concise_definition, equivalents_json,
       source, created_at, updated_at)
     VALUES (?, ?, ?, 'it', 'tempo', ?, ?, 'curated', ?, ?)`,
  )
    .bind(id, term, normalized, concise, JSON.stringify(equivalents), now, now)
    .run();
}

async function search(query: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT terms.id FROM terms_fts JOIN terms ON terms.rowid = terms_fts.rowid
     WHERE terms_fts MATCH ? ORDER BY rank`,
  )
    .bind(query)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

test("FTS5 finds terms by word, prefix and accent-free spelling", async () => {
  await insertTerm("t1", "Allegro", "allegro", "Fast, lively and bright", { it: "allegro", fr: "gai" });
  await insertTerm("t2", "Ritardando", "ritardando", "Gradually slowing down");
  await insertTerm("t3", "Crescéndo", "crescendo", "Gradually getting louder");

  expect(await search("slowing")).toEqual(["t2"]);
  expect(await search("allegr*")).toEqual(["t1"]);
  expect(await search("gai")).toEqual(["t1"]);
  expect(await search("crescendo")).toEqual(["t3"]);
});

test("updates and deletes keep the index in step", async () => {
  await insertTerm("t4", "Largo", "largo", "Very slow and broad");
  await env.DB.prepare("UPDATE terms SET concise_definition = 'Stately and wide' WHERE id = 't4'").run();
  expect(await search("broad")).toEqual([]);
  expect(await search("stately")).toEqual(["t4"]);
  await env.DB.prepare("DELETE FROM terms WHERE id = 't4'").run();
  expect(await search("stately")).toEqual([]);
});

test("one entry per normalized term and language", async () => {
  await insertTerm("t5", "Presto", "presto", "Very fast");
  await expect(insertTerm("t6", "presto", "presto", "Quick")).rejects.toThrow(/UNIQUE/);
});
