import { expect, test } from "@playwright/test";

test("hashed assets are cached for a year; the shell and service worker are revalidated", async ({
  request,
}) => {
  const index = await request.get("/");
  expect(index.status()).toBe(200);
  expect(index.headers()["cache-control"]).toBe("no-cache");
  const html = await index.text();
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();

  const asset = await request.get(String(script));
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toContain("immutable");

  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["cache-control"]).toBe("no-cache");
});

test("every non-API path is the client's, and unknown API paths are JSON errors", async ({ request }) => {
  const deepLink = await request.get("/repertoire/some-piece");
  expect(deepLink.status()).toBe(200);
  expect(deepLink.headers()["content-type"]).toContain("text/html");

  const unknownApi = await request.get("/api/does-not-exist");
  expect(unknownApi.status()).toBe(404);
  expect(await unknownApi.json()).toMatchObject({ error: { code: "not_found" } });
});

test("HTML carries the security headers", async ({ request }) => {
  const headers = (await request.get("/")).headers();
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("base-uri 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});
