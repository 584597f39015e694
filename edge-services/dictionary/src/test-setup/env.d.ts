import type { D1Migration } from "cloudflare:test";

// Bindings the vitest config adds for tests only.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** data/curated/*.json: file name → text. */
      TEST_CURATED_FILES: Record<string, string>;
      /** The curated loader's SQL, one statement per item. */
      TEST_CURATED_STATEMENTS: string[];
    }
  }
}
