import { type HealthCheck, REQUEST_ID_HEADER } from "@mirubato/worker-kit";
import { type Upstream, upstreams } from "./upstreams";

// Any host works for a service binding; only the path reaches the service.
const INTERNAL_ORIGIN = "https://front.internal";

/**
 * One check per service: its `<prefix>/health` through the service binding, timed from the front.
 * A service that answers anything but 2xx, or does not answer, is unhealthy. The request id
 * travels along so the services' log lines join the front's.
 */
export function upstreamHealthChecks(env: Env, requestId: string): Record<string, HealthCheck> {
  return Object.fromEntries(
    upstreams.map((upstream) => [upstream.name, checkUpstream(env, upstream, requestId)]),
  );
}

function checkUpstream(env: Env, upstream: Upstream, requestId: string): HealthCheck {
  return async () => {
    const response = await env[upstream.binding].fetch(`${INTERNAL_ORIGIN}${upstream.prefix}/health`, {
      headers: { [REQUEST_ID_HEADER]: requestId },
    });
    // Drain the body so the connection is released; the status is the verdict.
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${upstream.name} answered ${response.status}`);
  };
}
