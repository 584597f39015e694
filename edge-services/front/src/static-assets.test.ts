import { exports } from "cloudflare:workers";
import { describe, expect, test } from "vitest";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "./static-assets";

const origin = "http://localhost:4000";

describe("static assets", () => {
  test("serves the shell at / with no-cache", async () => {
    const response = await exports.default.fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Mirubato test shell");
    expect(response.headers.get("cache-control")).toBe(REVALIDATE);
  });

  test("falls back to index.html for a client route such as /logbook", async () => {
    const response = await exports.default.fetch(`${origin}/logbook`, {
      headers: { accept: "text/html", "sec-fetch-mode": "navigate" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("Mirubato test shell");
    expect(response.headers.get("cache-control")).toBe(REVALIDATE);
  });

  test("caches content-hashed files forever", async () => {
    const response = await exports.default.fetch(`${origin}/assets/index-Bx7c9d2e.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("fixture");
    expect(response.headers.get("cache-control")).toBe(IMMUTABLE);
  });

  test.each(["/sw.js", "/registerSW.js", "/manifest.webmanifest", "/workbox-5f5ee2a9.js"])(
    "revalidates %s, which names the hashed files",
    async (path) => {
      const response = await exports.default.fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).not.toContain("Mirubato test shell");
      expect(response.headers.get("cache-control")).toBe(REVALIDATE);
    },
  );

  test("leaves other files with the binding's own caching", () => {
    expect(cacheControlFor("/favicon.svg", "image/svg+xml")).toBeUndefined();
  });
});
