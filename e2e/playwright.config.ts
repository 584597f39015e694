import { defineConfig } from "@playwright/test";

// Its own port, so tests can run while `npm start` serves 4000.
const port = Number(process.env.E2E_PORT ?? 4317);
const isCi = Boolean(process.env.CI);

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.test\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: isCi ? 1 : 0,
  reporter: isCi ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    // A local page loads in seconds. Now and then workerd drops one asset response (its log says
    // "Broken pipe") and the load event never comes: fail that navigation fast so the retry runs,
    // rather than waiting out the whole test's timeout.
    navigationTimeout: 30_000,
    // Debian's Chromium: Playwright never downloads a browser of its own here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node ../scripts/e2e-stack.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/livez`,
    timeout: 180_000,
    // E2E_REUSE_STACK=1 runs against a stack already listening on the port (faster while iterating).
    reuseExistingServer: process.env.E2E_REUSE_STACK === "1",
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
