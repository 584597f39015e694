import type { D1Migration } from "cloudflare:test";

// Bindings the vitest config adds for tests only.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
