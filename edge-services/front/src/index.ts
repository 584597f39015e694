import { createWorkerApp } from "@mirubato/worker-kit";
import packageJson from "../package.json";
import type { FrontEnv } from "./env";
import { upstreamHealthChecks } from "./health";
import { routeRequest } from "./route-request";
import { applySecurityHeaders } from "./security-headers";

/**
 * The front worker: the one origin. `/health`, `/livez` and `/readyz` are its own (with the four
 * services nested in `/health`); `/api/*` and `/sync/*` go to the services; the rest is the
 * client. See ../README.md.
 */
export const app = createWorkerApp<FrontEnv>({
  service: "front",
  version: packageJson.version,
  basePath: "",
  healthChecks: (c) => upstreamHealthChecks(c.env, c.var.requestId),
});
app.all("*", routeRequest);

export default {
  // Outside the app so that every answer gets the headers, the kit's own routes included. Every
  // response the app returns is built here (never a fetched, immutable one), so it can be edited.
  async fetch(request, env, ctx) {
    const response = await app.fetch(request, env, ctx);
    // A 101 carries a socket, not a document: there is nothing for these headers to protect.
    if (response.status !== 101) applySecurityHeaders(response.headers, new URL(request.url));
    return response;
  },
} satisfies ExportedHandler<Env>;
