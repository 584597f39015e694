import type { HealthCheck } from "@mirubato/worker-kit";

// A key that never exists: `get` answers null for it, so the probe fails only when KV does.
const KV_PROBE_KEY = "health-check:probe";

/**
 * Real probes of the dictionary worker's dependencies. The D1 probe goes through the FTS5 index,
 * so an unmigrated database (or a build of D1 without FTS5) reports unhealthy too.
 */
export function dictionaryHealthChecks(env: Pick<Env, "DB" | "CACHE">): Record<string, HealthCheck> {
  return {
    d1: () => env.DB.prepare("SELECT 1 FROM terms_fts LIMIT 1").all(),
    kv: () => env.CACHE.get(KV_PROBE_KEY),
  };
}
