import { describe, expect, test } from "vitest";
import { signServiceToken, verifyServiceToken } from "../service-token";
import { parseServiceKeys, parseSessionKeys } from "../session-keys";
import { FORGED_SERVICE_KEYS, TEST_SERVICE_KEYS, TEST_SESSION_KEYS } from "./test-key-sets";

describe("test key sets", () => {
  test("are valid secrets with distinct keys", () => {
    const session = parseSessionKeys(TEST_SESSION_KEYS);
    const service = parseServiceKeys(TEST_SERVICE_KEYS);
    expect(session.currentKid).not.toBe(service.currentKid);
    expect(session.keys[session.currentKid]).toHaveLength(32);
    expect(service.keys[service.currentKid]).toHaveLength(32);
  });

  test("the forged service key set shares the kid, so its tokens fail on the signature", async () => {
    const forged = parseServiceKeys(FORGED_SERVICE_KEYS);
    const service = parseServiceKeys(TEST_SERVICE_KEYS);
    expect(forged.currentKid).toBe(service.currentKid);
    const token = await signServiceToken("api", "relay", forged);
    expect(await verifyServiceToken(token, { callee: "relay", callers: ["api"] }, service)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });
});
