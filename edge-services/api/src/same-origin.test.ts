import { exports } from "cloudflare:workers";
import { expect, test } from "vitest";
import { signIn } from "../test/auth-helpers";

function logoutFrom(url: string, origin: string | undefined, cookie: string) {
  return exports.default.fetch(url, {
    method: "POST",
    headers: { cookie, ...(origin === undefined ? {} : { origin }) },
    redirect: "manual",
  });
}

test("accepts a cookie-carrying change from APP_ORIGIN or from the request's own origin", async () => {
  expect(
    (
      await logoutFrom(
        "http://localhost:4000/api/auth/logout",
        "http://localhost:4000",
        (
          await signIn()
        ).cookie,
      )
    ).status,
  ).toBe(204);
  // The e2e stack runs on another port: same-origin there, though not in APP_ORIGIN.
  expect(
    (
      await logoutFrom(
        "http://localhost:4317/api/auth/logout",
        "http://localhost:4317",
        (
          await signIn()
        ).cookie,
      )
    ).status,
  ).toBe(204);
});

test("refuses a foreign or missing Origin", async () => {
  const { cookie } = await signIn();
  expect(
    (await logoutFrom("http://localhost:4317/api/auth/logout", "http://localhost:4000.evil.example", cookie))
      .status,
  ).toBe(403);
  expect(
    (await logoutFrom("http://localhost:4317/api/auth/logout", "http://localhost:4318", cookie)).status,
  ).toBe(403);
  expect((await logoutFrom("http://localhost:4000/api/auth/logout", undefined, cookie)).status).toBe(403);
});
