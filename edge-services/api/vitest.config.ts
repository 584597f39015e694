import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { TEST_SERVICE_KEYS, TEST_SESSION_KEYS } from "@mirubato/session-token/testing";
import { defineConfig } from "vitest/config";
import { relayStub, userDataStub } from "./test/service-stubs";

// Stand in for the relay, scores and dictionary workers behind the service bindings; each checks
// the service token of every call (test/service-stubs.ts).
const stubWorker = (name: string, script: string) => ({
  name,
  modules: true,
  compatibilityDate: "2026-04-20",
  script,
});

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest(async ({ inject }) => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          SESSION_KEYS: TEST_SESSION_KEYS,
          SERVICE_KEYS: TEST_SERVICE_KEYS,
          RESEND_API_KEY: "re_test_unused",
          // A real local OpenID Provider, started by the global setup (Node side).
          OIDC_ISSUER: inject("oidc").issuer,
          GOOGLE_CLIENT_ID: inject("oidc").clientId,
          GOOGLE_CLIENT_SECRET: inject("oidc").clientSecret,
        },
        workers: [
          stubWorker("mirubato-relay", relayStub(TEST_SERVICE_KEYS)),
          stubWorker("mirubato-scores", userDataStub(TEST_SERVICE_KEYS, "scores", "ScoresService")),
          stubWorker(
            "mirubato-dictionary",
            userDataStub(TEST_SERVICE_KEYS, "dictionary", "DictionaryService"),
          ),
        ],
      },
    })),
  ],
  // isolate: false runs every file in one workerd runtime (~4x faster); tests use unique emails and IPs.
  test: {
    globalSetup: ["./test/oidc-provider.global-setup.ts"],
    setupFiles: ["./test/apply-migrations.ts"],
    isolate: false,
    // Many tests sign in through the real magic-link flow (several requests); on a loaded 2-core
    // machine 5 s is not enough. A timeout is a hang detector, never a speed assertion.
    testTimeout: 20_000,
    silent: "passed-only" as const,
  },
}));
