import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { api, errorCodeOf, mailboxFor, postJson, uniqueEmail } from "../../test/auth-helpers";
import { createApp } from "../index";

test("lists the messages to an address newest first, each with its links", async () => {
  const email = uniqueEmail();
  await postJson("/api/auth/magic-link", { email });
  await postJson("/api/auth/magic-link", { email });
  const messages = await mailboxFor(email);
  expect(messages).toHaveLength(2);
  expect(messages[0]?.links).toHaveLength(1);
  expect(messages[0]?.links[0]).not.toBe(messages[1]?.links[0]);
  expect(Date.parse(messages[0]?.sentAt ?? "")).toBeGreaterThanOrEqual(Date.parse(messages[1]?.sentAt ?? ""));
  expect(await mailboxFor(uniqueEmail("empty"))).toEqual([]);
});

test("rejects a malformed address", async () => {
  const response = await api("/api/dev/mailbox?to=nope");
  expect(response.status).toBe(400);
  expect(await errorCodeOf(response)).toBe("invalid_request");
});

test.each(["staging", "production"])("does not exist in %s", async (environment) => {
  const app = createApp({ environment });
  const response = await app.request(
    "http://localhost:4000/api/dev/mailbox?to=a@example.com",
    {},
    { ...env, ENVIRONMENT: environment },
    createExecutionContext(),
  );
  expect(response.status).toBe(404);
  expect(await errorCodeOf(response)).toBe("not_found");
});
