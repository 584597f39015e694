/**
 * Stand-ins for the four services behind the front worker in its tests. Auxiliary workers in
 * vitest-pool-workers must be plain JavaScript (they are not built), so the real workers are
 * exercised by their own packages' tests and by `wrangler dev` with every config; here each
 * service only reports what reached it, so the front's routing can be asserted exactly.
 *
 * A request id containing `fail-<name>` makes that service's health answer 503, and
 * `throw-<name>` makes the service throw: the front forwards request ids, so a test picks the
 * failure per request without any shared state.
 */
const script = (name: string, routes: string) => `
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const requestId = request.headers.get("x-request-id") ?? "";
    ${routes}
    if (requestId.includes("throw-${name}")) throw new Error("${name} crashed");
    if (url.pathname.endsWith("/health")) {
      const isHealthy = !requestId.includes("fail-${name}");
      return Response.json({ service: "${name}", status: isHealthy ? "healthy" : "unhealthy" }, { status: isHealthy ? 200 : 503 });
    }
    if (request.headers.get("upgrade") === "websocket") {
      const [client, server] = Object.values(new WebSocketPair());
      server.accept();
      server.send(JSON.stringify({ service: "${name}", path: url.pathname, requestId }));
      return new Response(null, { status: 101, webSocket: client });
    }
    const body = await request.text();
    return Response.json(
      { service: "${name}", method: request.method, path: url.pathname + url.search, requestId, body },
      { headers: { "x-served-by": "${name}" } },
    );
  },
};`;

/** `routes`: optional JavaScript run first in `fetch` (with `url` and `requestId` in scope) that may return early. */
export function serviceStandIn(name: string, serviceName: string, routes = "") {
  return { name: serviceName, modules: true, compatibilityDate: "2026-04-20", script: script(name, routes) };
}
