import { expect, test } from "vitest";
import { readSessionCookie, serializeClearedSessionCookie, serializeSessionCookie } from "./session-cookie";

test("on https the cookie is Secure with the __Host- prefix", () => {
  expect(serializeSessionCookie("tok", "https://mirubato.com/api/auth/verify")).toBe(
    "__Host-mirubato_session=tok; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax; Secure",
  );
});

test("on plain-http localhost it drops Secure and the prefix", () => {
  expect(serializeSessionCookie("tok", "http://localhost:4000/api/auth/verify")).toBe(
    "mirubato_session=tok; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax",
  );
  expect(serializeSessionCookie("tok", "http://127.0.0.1:4200/x")).not.toContain("Secure");
});

test("plain http on another host still gets Secure and the prefix", () => {
  expect(serializeSessionCookie("tok", "http://example.com/")).toMatch(/^__Host-.*; Secure$/);
});

test("clearing sets Max-Age=0", () => {
  expect(serializeClearedSessionCookie("https://mirubato.com/")).toBe(
    "__Host-mirubato_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure",
  );
});

test("reads only the cookie of the right name for the origin", () => {
  const header = "a=1; mirubato_session=plain; __Host-mirubato_session=hosted";
  expect(readSessionCookie(header, "https://mirubato.com/")).toBe("hosted");
  expect(readSessionCookie(header, "http://localhost:4000/")).toBe("plain");
  expect(readSessionCookie("mirubato_session=", "http://localhost/")).toBeUndefined();
  expect(readSessionCookie(null, "http://localhost/")).toBeUndefined();
});
