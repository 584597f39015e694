import { AppError, forwardRequest } from "@mirubato/worker-kit";
import type { Context } from "hono";
import type { FrontEnv } from "./env";
import { serveSitemap } from "./sitemap";
import { serveStaticAsset } from "./static-assets";
import { matchTermPage, serveTermPage } from "./term-page";
import { findUpstream, type Upstream } from "./upstreams";

/**
 * The front's catch-all: a path owned by a service goes to it unchanged (method, body, upgrade
 * headers and the request id included); `/sitemap.xml` and dictionary term pages are filled
 * from the dictionary service; every other path is the client's.
 */
export async function routeRequest(c: Context<FrontEnv>): Promise<Response> {
  const { pathname } = new URL(c.req.url);
  const upstream = findUpstream(pathname);
  if (upstream) return forwardToUpstream(c, upstream);
  if (c.req.method === "GET" && pathname === "/sitemap.xml") return serveSitemap(c);
  const termPage = c.req.method === "GET" ? matchTermPage(pathname) : null;
  if (termPage) return serveTermPage(c, termPage);
  return serveStaticAsset(c.env.ASSETS, c.req.raw);
}

async function forwardToUpstream(c: Context<FrontEnv>, upstream: Upstream): Promise<Response> {
  let response: Response;
  try {
    response = await forwardRequest(c.env[upstream.binding], c.req.raw, c.var.requestId);
  } catch (error) {
    c.var.logger.error("upstream unreachable", {
      upstream: upstream.name,
      errorMessage: error instanceof Error ? error.message : "unknown",
    });
    throw new AppError("service_unavailable", `The ${upstream.name} service is unavailable`);
  }
  return toMutableResponse(response);
}

/**
 * Fetched responses have immutable headers, but the front adds its own (request id, security
 * headers); a WebSocket upgrade keeps its socket.
 */
function toMutableResponse(response: Response): Response {
  if (response.webSocket) {
    return new Response(null, { status: 101, headers: response.headers, webSocket: response.webSocket });
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
