import { defineConfig } from "vitest/config";

// Separate from vite.config.ts on purpose: unit tests need neither the router generator nor the PWA plugin.
export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
  },
});
