import { env } from "cloudflare:workers";
import { parseServiceKeys, verifyServiceToken } from "@mirubato/session-token";
import { describe, expect, test } from "vitest";
import { createRelayNotifier, type RelayBinding } from "./relay-notifier";

const keys = () => parseServiceKeys(env.SERVICE_KEYS);

function fakeRelay(overrides: Partial<RelayBinding>): RelayBinding {
  return {
    poke: async () => ({ ok: true, delivered: 1 }),
    endSessions: async () => ({ ok: true, closed: 1 }),
    fetch: async () => Response.json({ status: "alive" }),
    ...overrides,
  };
}

const isRelayToken = async (token: unknown) =>
  (await verifyServiceToken(token, { callee: "relay", callers: ["api"] }, keys())).ok;

describe("createRelayNotifier", () => {
  test("reports a relay that cannot be reached with a message", async () => {
    const notifier = createRelayNotifier(
      fakeRelay({ fetch: () => Promise.reject(new Error("Couldn't find a local dev session")) }),
      keys(),
    );
    await expect(notifier.checkLive()).rejects.toThrow(/relay unreachable: Couldn't find/);
  });

  test("reports a relay that answers with an error status", async () => {
    const notifier = createRelayNotifier(
      fakeRelay({ fetch: async () => new Response(null, { status: 503 }) }),
      keys(),
    );
    await expect(notifier.checkLive()).rejects.toThrow("relay answered 503");
  });

  test("a failed or refused poke resolves false instead of throwing", async () => {
    const down = createRelayNotifier(fakeRelay({ poke: () => Promise.reject(new Error("down")) }), keys());
    expect(await down.poke("u1", "pieces", null)).toBe(false);
    const refused = createRelayNotifier(
      fakeRelay({ poke: async () => ({ ok: false, reason: "unauthorized" }) }),
      keys(),
    );
    expect(await refused.poke("u1", "pieces", null)).toBe(false);
    expect(await createRelayNotifier(undefined, keys()).poke("u1", "pieces", null)).toBe(false);
  });

  test("every poke and endSessions carries a fresh api → relay service token", async () => {
    const calls: unknown[][] = [];
    const notifier = createRelayNotifier(
      fakeRelay({
        poke: async (...args) => {
          calls.push(args);
          return { ok: true, delivered: 0 };
        },
        endSessions: async (...args) => {
          calls.push(args);
          return { ok: true, closed: 0 };
        },
      }),
      keys(),
    );
    expect(await notifier.poke("u1", "pieces", { seq: 3 }, "phone")).toBe(true);
    expect(await notifier.endSessions("u1", ["s1", "s2"])).toBe(true);
    const [[pokeToken, ...pokeArgs] = [], [endToken, ...endArgs] = []] = calls;
    expect(pokeArgs).toEqual(["u1", "pieces", { seq: 3 }, "phone"]);
    expect(endArgs).toEqual(["u1", ["s1", "s2"]]);
    expect(await isRelayToken(pokeToken)).toBe(true);
    expect(await isRelayToken(endToken)).toBe(true);
    expect(pokeToken).not.toBe(endToken);
  });

  test("endSessions never throws and skips an empty list", async () => {
    let called = false;
    const notifier = createRelayNotifier(
      fakeRelay({
        endSessions: () => {
          called = true;
          return Promise.reject(new Error("down"));
        },
      }),
      keys(),
    );
    expect(await notifier.endSessions("u1", [])).toBe(false);
    expect(called).toBe(false);
    expect(await notifier.endSessions("u1", ["s1"])).toBe(false);
  });
});
