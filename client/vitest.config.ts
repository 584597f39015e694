import { defineConfig } from "vitest/config";

// Separate from vite.config.ts on purpose: unit tests need neither the router generator nor the PWA plugin.
// Two projects in one run (so `npm test` reports both): Node for logic, and real Chromium for the
// `*.browser.test.ts` files that need Web Audio (vitest.browser.config.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["src/**/*.browser.test.ts", "**/node_modules/**"],
          // Node first, then Chromium: running both at once on a 2-core machine starves the
          // database tests into their timeouts.
          sequence: { groupOrder: 0 },
        },
      },
      "./vitest.browser.config.ts",
    ],
  },
});
