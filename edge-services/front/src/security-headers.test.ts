import { exports } from "cloudflare:workers";
import { expect, test } from "vitest";

test.each(["/", "/logbook", "/api/auth/me", "/health"])("%s carries the security headers", async (path) => {
  const response = await exports.default.fetch(`http://localhost:4000${path}`);
  await response.arrayBuffer();
  const csp = response.headers.get("content-security-policy") ?? "";
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' ws://localhost:4000",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("permissions-policy")).toContain("microphone=(self)");
  expect(response.headers.get("strict-transport-security")).toBeNull();
});

test("sends HSTS and a wss: connect-src over https only", async () => {
  const response = await exports.default.fetch("https://mirubato.example/");
  await response.arrayBuffer();
  expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  expect(response.headers.get("content-security-policy")).toContain(
    "connect-src 'self' wss://mirubato.example",
  );
});
