import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// A fixed key set so tests can sign their own session tokens; never used outside tests.
const TEST_SESSION_KEYS = JSON.stringify({
  currentKid: "test1",
  keys: { test1: Buffer.alloc(32, 7).toString("base64") },
});

// Stands in for the api's ApiService behind the API binding: sessions named "revoked-…" are over.
const apiStub = `
import { WorkerEntrypoint } from "cloudflare:workers";
export class ApiService extends WorkerEntrypoint {
  async isSessionActive(sessionId) { return !sessionId.startsWith("revoked"); }
}
export default { fetch() { return new Response("api"); } };
`;

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: { SESSION_KEYS: TEST_SESSION_KEYS },
        workers: [{ name: "mirubato-api", modules: true, compatibilityDate: "2026-04-20", script: apiStub }],
      },
    }),
  ],
  test: { silent: "passed-only" },
});
