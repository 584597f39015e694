import { expect, test } from "vitest";
import type { Fetch } from "../../api/api-error";
import { deleteAccountOnServer } from "../../api/auth-client";
import { getDeleteAccountErrorMessageKey } from "./delete-account-error";

const calls: { path: string; init: RequestInit | undefined }[] = [];
const answering =
  (status: number, body?: unknown): Fetch =>
  async (path, init) => {
    calls.push({ path, init });
    return body === undefined ? new Response(null, { status }) : Response.json(body, { status });
  };

const failureOf = async (fetchFn: Fetch) => {
  try {
    await deleteAccountOnServer(fetchFn, "me@example.com");
  } catch (error) {
    return getDeleteAccountErrorMessageKey(error);
  }
  return "none";
};

test("sends DELETE /api/account with the typed email as the confirmation", async () => {
  calls.length = 0;
  await deleteAccountOnServer(answering(204), "me@example.com");
  expect(calls).toHaveLength(1);
  expect(calls[0]?.path).toBe("/api/account");
  expect(calls[0]?.init?.method).toBe("DELETE");
  expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ confirmEmail: "me@example.com" });
});

test.each([
  [400, "invalid_request", "account.deleteMismatch"],
  [503, "service_unavailable", "account.deleteUnavailable"],
  [500, "internal", "account.deleteFailed"],
])("a %i %s answer reads as %s", async (status, code, key) => {
  expect(await failureOf(answering(status, { error: { code, message: "x" } }))).toBe(key);
});

test("no answer at all (offline) reads as a connection problem", async () => {
  const offline: Fetch = async () => {
    throw new TypeError("Failed to fetch");
  };
  expect(await failureOf(offline)).toBe("account.deleteFailed");
});
