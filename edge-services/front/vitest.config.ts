import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { dictionaryRoutes } from "./test-fixtures/dictionary-routes.ts";
import { serviceStandIn } from "./test-fixtures/service-stand-in.ts";

export default defineConfig({
  plugins: [
    cloudflareTest({
      // The front worker's config is the repository root's wrangler.toml.
      wrangler: { configPath: "../../wrangler.toml" },
      miniflare: {
        // The built client may not exist when tests run: serve a fixture of the same shape.
        assets: { directory: "./test-fixtures/client-build" },
        workers: [
          serviceStandIn("api", "mirubato-api"),
          serviceStandIn("scores", "mirubato-scores"),
          serviceStandIn("dictionary", "mirubato-dictionary", dictionaryRoutes),
          serviceStandIn("relay", "mirubato-relay"),
        ],
      },
    }),
  ],
  test: { silent: "passed-only" },
});
