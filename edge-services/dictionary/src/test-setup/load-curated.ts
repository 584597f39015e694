import { env } from "cloudflare:workers";

/** Loads the real curated entries into the test database, exactly as `loadCuratedTerms` does. */
export async function loadCuratedTerms(): Promise<void> {
  const statements = env.TEST_CURATED_STATEMENTS.map((sql) => env.DB.prepare(sql));
  // Batches stay small enough for D1's per-call limits.
  for (let i = 0; i < statements.length; i += 300) await env.DB.batch(statements.slice(i, i + 300));
}
