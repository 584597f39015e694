import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { TEST_SERVICE_KEYS, TEST_SESSION_KEYS } from "@mirubato/session-token/testing";
import { defineConfig } from "vitest/config";

// Stands in for the api's ApiService behind the API binding. Sessions named "revoked-…", or
// revoked later through the test-only `revoke`, are over. It records every service token it is
// handed (`tokensFor`), so tests check them with the real verifier of @mirubato/session-token.
const apiStub = `
import { WorkerEntrypoint } from "cloudflare:workers";
const revoked = new Set();
const tokens = new Map();
export class ApiService extends WorkerEntrypoint {
  async isSessionActive(serviceToken, sessionId) {
    tokens.set(sessionId, [...(tokens.get(sessionId) ?? []), serviceToken]);
    return !sessionId.startsWith("revoked") && !revoked.has(sessionId);
  }
  async revoke(sessionId) { revoked.add(sessionId); }
  async tokensFor(sessionId) { return tokens.get(sessionId) ?? []; }
}
export default { fetch() { return new Response("api"); } };
`;

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: { SESSION_KEYS: TEST_SESSION_KEYS, SERVICE_KEYS: TEST_SERVICE_KEYS },
        workers: [{ name: "mirubato-api", modules: true, compatibilityDate: "2026-04-20", script: apiStub }],
      },
    }),
  ],
  test: { silent: "passed-only" },
});
