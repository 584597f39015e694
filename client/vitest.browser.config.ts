import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// Tests that need a real browser engine (Web Audio's OfflineAudioContext and AudioWorklet), run in
// Debian's Chromium: Playwright never downloads a browser here (see ../shared TOOLCHAIN.md).
export default defineConfig({
  test: {
    name: "browser",
    include: ["src/**/*.browser.test.ts"],
    testTimeout: 180_000,
    sequence: { groupOrder: 1 },
    browser: {
      enabled: true,
      headless: true,
      // These tests render audio; a screenshot of a blank page would only litter the worktree.
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
