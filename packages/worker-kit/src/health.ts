import { z } from "zod";

/** One dependency probe: resolves when the dependency answers, throws (or rejects) when not. */
export type HealthCheck = () => Promise<unknown>;

export const healthStatusSchema = z.enum(["healthy", "unhealthy"]);

export const dependencyHealthSchema = z.object({
  status: healthStatusSchema,
  latencyMs: z.number().nonnegative(),
  message: z.string().optional(),
});

/** The health body of DESIGN.md §5. */
export const healthReportSchema = z.object({
  service: z.string(),
  version: z.string(),
  status: healthStatusSchema,
  services: z.record(z.string(), dependencyHealthSchema),
});

export type DependencyHealth = z.infer<typeof dependencyHealthSchema>;
export type HealthReport = z.infer<typeof healthReportSchema>;

const DEFAULT_TIMEOUT_MS = 2_000;

async function probe(check: HealthCheck, timeoutMs: number): Promise<DependencyHealth> {
  const startedAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
    return { status: "healthy", latencyMs: elapsedSince(startedAt) };
  } catch (error) {
    const message = error instanceof Error ? error.message : "check failed";
    return { status: "unhealthy", latencyMs: elapsedSince(startedAt), message };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

function elapsedSince(startedAt: number): number {
  return Math.round((performance.now() - startedAt) * 100) / 100;
}

/**
 * Runs every dependency check concurrently, each with a timeout, and reports the service healthy
 * only when all of them are.
 *
 * @example
 * const report = await checkHealth("api", "0.1.0", { d1: () => env.DB.prepare("SELECT 1").first() });
 */
export async function checkHealth(
  service: string,
  version: string,
  checks: Record<string, HealthCheck>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<HealthReport> {
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((name) => probe(checks[name] ?? rejectMissing, timeoutMs)));
  const services: Record<string, DependencyHealth> = {};
  names.forEach((name, index) => {
    const result = results[index];
    if (result) services[name] = result;
  });
  const isHealthy = results.every((result) => result.status === "healthy");
  return { service, version, status: isHealthy ? "healthy" : "unhealthy", services };
}

function rejectMissing(): Promise<never> {
  return Promise.reject(new Error("missing check"));
}
