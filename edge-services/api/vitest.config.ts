import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// A fixed key set so tests can sign their own tokens; never used outside tests.
const TEST_SESSION_KEYS = JSON.stringify({
  currentKid: "test1",
  keys: { test1: Buffer.alloc(32, 1).toString("base64") },
});

// Stands in for the relay worker behind the RELAY service binding.
const relayStub = `
import { WorkerEntrypoint } from "cloudflare:workers";
export class RelayService extends WorkerEntrypoint {
  fetch() { return Response.json({ status: "alive" }); }
  async poke() {}
}
export default { fetch() { return new Response("relay"); } };
`;

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest(async ({ inject }) => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          SESSION_KEYS: TEST_SESSION_KEYS,
          RESEND_API_KEY: "re_test_unused",
          // A real local OpenID Provider, started by the global setup (Node side).
          OIDC_ISSUER: inject("oidc").issuer,
          GOOGLE_CLIENT_ID: inject("oidc").clientId,
          GOOGLE_CLIENT_SECRET: inject("oidc").clientSecret,
        },
        workers: [
          { name: "mirubato-relay", modules: true, compatibilityDate: "2026-04-20", script: relayStub },
        ],
      },
    })),
  ],
  // isolate: false runs every file in one workerd runtime (~4x faster); tests use unique emails and IPs.
  test: {
    globalSetup: ["./test/oidc-provider.global-setup.ts"],
    setupFiles: ["./test/apply-migrations.ts"],
    isolate: false,
    silent: "passed-only" as const,
  },
}));
