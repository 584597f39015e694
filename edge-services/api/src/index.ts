import { env } from "cloudflare:workers";
import { parseServiceKeys } from "@mirubato/session-token";
import { AppError, createWorkerApp, requireSameOrigin } from "@mirubato/worker-kit";
import { bodyLimit } from "hono/body-limit";
import packageJson from "../package.json" with { type: "json" };
import { accountRoutes } from "./account/account.routes";
import { googleRoutes } from "./auth/google/google.routes";
import { magicLinkRoutes } from "./auth/magic-link.routes";
import { sessionRoutes } from "./auth/session.routes";
import type { Environment } from "./config";
import { provideDeps } from "./deps";
import { devMailboxRoutes } from "./dev/dev-mailbox.routes";
import { seedRoutes } from "./dev/seed.routes";
import type { AppEnv } from "./env";
import { createRelayNotifier } from "./relay/relay-notifier";
import { syncRoutes } from "./sync/sync.routes";

export { ApiService } from "./api-service";

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_AUTH_BODY_BYTES = 4 * 1024;

const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError("payload_too_large", `The request body is larger than ${maxSize} bytes`);
    },
  });

export interface AppOptions {
  /** Decides which routes exist at all: the dev mailbox is only ever mounted locally. */
  environment: Environment | string;
}

/**
 * The api worker: health, accounts and sessions (issue #4), and sync pull/push (issue #3).
 * Middleware order matters: body limits before anything reads a body, deps before the checks
 * that use them, the origin check before any route changes state.
 */
export function createApp({ environment }: AppOptions) {
  const app = createWorkerApp<AppEnv>({
    service: "api",
    version: packageJson.version,
    basePath: "/api",
    healthChecks: (c) => ({
      d1: () => c.env.DB.prepare("SELECT 1").first(),
      kv: () => c.env.KV.get("health:probe"),
      relay: () => createRelayNotifier(c.env.RELAY, parseServiceKeys(c.env.SERVICE_KEYS)).checkLive(),
    }),
  });
  app.use("/api/*", limitBody(MAX_BODY_BYTES));
  app.use("/api/auth/*", limitBody(MAX_AUTH_BODY_BYTES));
  app.use("/api/account/*", limitBody(MAX_AUTH_BODY_BYTES));
  app.use("/api/*", provideDeps);
  app.use("/api/*", requireSameOrigin<AppEnv>({ allowedOrigins: (c) => c.var.deps.config.appOrigins }));
  const routes = app
    .route("/api/auth", magicLinkRoutes)
    .route("/api/auth", sessionRoutes)
    .route("/api/auth", googleRoutes)
    .route("/api/account", accountRoutes)
    .route("/api/sync", syncRoutes);
  if (environment === "local") routes.route("/api/dev", devMailboxRoutes).route("/api/dev", seedRoutes);
  return routes;
}

export type ApiApp = ReturnType<typeof createApp>;

const app = createApp({ environment: env.ENVIRONMENT });

export default { fetch: app.fetch } satisfies ExportedHandler<AppEnv["Bindings"]>;
