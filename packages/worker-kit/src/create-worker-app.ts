import { type Context, Hono } from "hono";
import { AppError } from "./app-error";
import { checkHealth, type HealthCheck } from "./health";
import { createLogger } from "./logger";
import { handleError } from "./on-error";
import { REQUEST_ID_HEADER, resolveRequestId } from "./request-id";
import type { WorkerEnv } from "./worker-env";

export interface WorkerAppOptions<E extends WorkerEnv> {
  /** Service name in logs and health bodies, e.g. "api". */
  service: string;
  /** The package.json version. */
  version: string;
  /** Where the service is mounted on the one origin, e.g. "/api/scores"; health lives below it. */
  basePath: string;
  /** Dependency probes for `/health` and `/readyz`, built from the request's bindings. */
  healthChecks: (c: Context<E>) => Record<string, HealthCheck>;
}

/**
 * A Hono app with what every Mirubato worker shares: request ids (accepted or generated, echoed
 * back), one JSON log line per request, the single error envelope, and `health`, `livez` and
 * `readyz` under the service's base path.
 *
 * @example
 * const app = createWorkerApp<ApiEnv>({ service: "api", version, basePath: "/api", healthChecks });
 */
export function createWorkerApp<E extends WorkerEnv>(options: WorkerAppOptions<E>): Hono<E> {
  const app = new Hono<E>();
  app.use("*", async (c, next) => {
    const requestId = resolveRequestId(c.req.header(REQUEST_ID_HEADER));
    const logger = createLogger(options.service, requestId);
    c.set("requestId", requestId);
    c.set("logger", logger);
    const startedAt = performance.now();
    await next();
    c.res = withHeader(c.res, REQUEST_ID_HEADER, requestId);
    logger.info("request", {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      durationMs: Math.round(performance.now() - startedAt),
    });
  });
  app.onError(handleError);
  app.notFound(() => {
    throw new AppError("not_found", "No such route");
  });

  const report = (c: Context<E>) => checkHealth(options.service, options.version, options.healthChecks(c));
  app.get(`${options.basePath}/health`, async (c) => {
    const health = await report(c);
    return c.json(health, health.status === "healthy" ? 200 : 503);
  });
  app.get(`${options.basePath}/readyz`, async (c) => {
    const health = await report(c);
    return c.json({ status: health.status }, health.status === "healthy" ? 200 : 503);
  });
  app.get(`${options.basePath}/livez`, (c) => c.json({ status: "alive" }));
  return app;
}

/**
 * Sets a header on the outgoing response. A response passed through from a service binding or
 * `fetch` has immutable headers, so it is copied first; a WebSocket upgrade (101) is left as it
 * is, because copying it would detach the socket.
 */
function withHeader(response: Response, name: string, value: string): Response {
  if (response.status === 101) return response;
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    // Immutable headers (a forwarded response): the copy shares the body stream, nothing is read.
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}
