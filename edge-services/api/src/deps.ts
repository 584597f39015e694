import { createMiddleware } from "hono/factory";
import { type AccountStore, createAccountStore } from "./account/account.store";
import { createUserDataServices, type UserDataService } from "./account/user-data-services";
import { createOidcStateStore, type OidcStateStore } from "./auth/google/oidc-states.store";
import { createMagicLinkStore, type MagicLinkStore } from "./auth/magic-links.store";
import { createSessionStore, type SessionStore } from "./auth/sessions.store";
import { createUserStore, type UserStore } from "./auth/users.store";
import { type ApiConfig, parseConfig } from "./config";
import { createDevMailboxSender, createDevMailboxStore, type DevMailboxStore } from "./dev/dev-mailbox.store";
import type { EmailSender } from "./email/email-sender";
import { createResendEmailSender } from "./email/resend-email-sender";
import type { ApiBindings, AppEnv } from "./env";
import { createBindingRateLimiter, createD1RateLimiter, type RateLimiter } from "./rate-limit/rate-limiter";
import { createRelayNotifier, type RelayNotifier, type RelaySessionCloser } from "./relay/relay-notifier";
import { createSyncStore, type SyncStore } from "./sync/sync.store";

/**
 * Everything services need, built once per request from the bindings (STYLE §2.5): handlers pass
 * `c.var.deps` to service functions and never reach for `env` themselves.
 */
export interface ApiDeps {
  config: ApiConfig;
  now: () => number;
  users: UserStore;
  sessions: SessionStore;
  magicLinks: MagicLinkStore;
  oidcStates: OidcStateStore;
  account: AccountStore;
  email: EmailSender;
  /** Only in the local environment. */
  devMailbox: DevMailboxStore | undefined;
  ipRateLimiter: RateLimiter;
  emailRateLimiter: RateLimiter;
  relay: RelayNotifier;
  /** Closes relay sockets of sessions the api revoked. */
  relaySessions: RelaySessionCloser;
  /** The other workers holding the user's data (scores, dictionary), for account deletion. */
  userDataServices: readonly UserDataService[];
  /** Synced documents and the per-user change counter (`src/sync`). */
  sync: SyncStore;
  fetch: typeof fetch;
  /** Keeps the worker alive for work that must not delay the response. */
  waitUntil: (promise: Promise<unknown>) => void;
}

export function buildDeps(env: ApiBindings, waitUntil: (promise: Promise<unknown>) => void): ApiDeps {
  const config = parseConfig(env);
  const now = () => Date.now();
  const devMailbox = config.environment === "local" ? createDevMailboxStore(env.DB) : undefined;
  const email = devMailbox
    ? createDevMailboxSender(devMailbox, now)
    : createResendEmailSender({
        apiKey: config.resendApiKey,
        from: config.emailFrom,
        fetch: (i, o) => fetch(i, o),
      });
  const relay = createRelayNotifier(env.RELAY, config.serviceKeys);
  const rateLimiter = (binding: RateLimit | undefined) =>
    binding ? createBindingRateLimiter(binding) : createD1RateLimiter(env.DB, now);
  return {
    config,
    now,
    users: createUserStore(env.DB),
    sessions: createSessionStore(env.DB),
    magicLinks: createMagicLinkStore(env.DB),
    oidcStates: createOidcStateStore(env.DB),
    account: createAccountStore(env.DB),
    email,
    devMailbox,
    ipRateLimiter: rateLimiter(env.AUTH_IP_RATE_LIMITER),
    emailRateLimiter: rateLimiter(env.AUTH_EMAIL_RATE_LIMITER),
    relay,
    relaySessions: relay,
    userDataServices: createUserDataServices(env, config.serviceKeys),
    sync: createSyncStore(env.DB),
    fetch: (input, init) => fetch(input, init),
    waitUntil,
  };
}

export const provideDeps = createMiddleware<AppEnv>(async (c, next) => {
  c.set(
    "deps",
    buildDeps(c.env, (promise) => c.executionCtx.waitUntil(promise)),
  );
  await next();
});
