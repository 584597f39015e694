import type { D1Migration } from "cloudflare:test";
import type { ApiEntrypoint, DictionaryEntrypoint } from "../env";

// Bindings the vitest config adds for tests only. TEST_API and TEST_DICTIONARY reach the same stub
// entrypoints as API and DICTIONARY, typed, for tests that call handlers with explicit bindings.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** test-fixtures/*.pdf, base64 by file name. */
      TEST_FIXTURE_PDFS: Record<string, string>;
      TEST_API: Service<ApiEntrypoint>;
      TEST_DICTIONARY: Service<DictionaryEntrypoint>;
    }
  }
}
