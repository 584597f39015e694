import type { HealthCheck } from "@mirubato/worker-kit";

// A key that never exists: `head` answers null for it, so the probe costs one metadata read and
// only fails when R2 itself does.
const R2_PROBE_KEY = "health-check/probe";

/**
 * Real probes of the scores worker's dependencies. The D1 probe reads the `score_files` table,
 * so an unmigrated database reports unhealthy too.
 */
export function scoresHealthChecks(env: Pick<Env, "DB" | "BUCKET">): Record<string, HealthCheck> {
  return {
    d1: () => env.DB.prepare("SELECT 1 FROM score_files LIMIT 1").all(),
    r2: () => env.BUCKET.head(R2_PROBE_KEY),
  };
}
