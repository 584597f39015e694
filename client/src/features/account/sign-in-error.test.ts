import { expect, test } from "vitest";
import { en } from "../../i18n/messages/en";
import { getSignInErrorMessageKey } from "./sign-in-error";

test("each sign-in error code from the API has its own message", () => {
  expect(en[getSignInErrorMessageKey("link_expired")]).toContain("expired");
  expect(en[getSignInErrorMessageKey("google_cancelled")]).toContain("cancelled");
});

test("an unknown code falls back to a generic message", () => {
  expect(getSignInErrorMessageKey("<script>")).toBe("account.error.unknown");
});
