import { expect, test } from "vitest";
import { emailSchema, isSafeRedirectPath } from "./auth-input";

test("normalises emails", () => {
  expect(emailSchema.parse("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
  expect(emailSchema.safeParse("not-an-email").success).toBe(false);
});

test.each(["/", "/pieces", "/pieces/1?tab=notes#top"])("accepts same-origin path %s", (path) => {
  expect(isSafeRedirectPath(path)).toBe(true);
});

test.each(["//evil.com", "/\\evil.com", "https://evil.com", "evil.com", "/\tx", ""])("rejects %s", (path) => {
  expect(isSafeRedirectPath(path)).toBe(false);
});
