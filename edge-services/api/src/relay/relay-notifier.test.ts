import { describe, expect, test } from "vitest";
import { createRelayNotifier, type RelayBinding } from "./relay-notifier";

function fakeRelay(overrides: Partial<RelayBinding>): RelayBinding {
  return {
    poke: async () => ({ ok: true }),
    fetch: async () => Response.json({ status: "alive" }),
    ...overrides,
  };
}

describe("createRelayNotifier", () => {
  test("reports a relay that cannot be reached with a message", async () => {
    const notifier = createRelayNotifier(
      fakeRelay({ fetch: () => Promise.reject(new Error("Couldn't find a local dev session")) }),
    );
    await expect(notifier.checkLive()).rejects.toThrow(/relay unreachable: Couldn't find/);
  });

  test("reports a relay that answers with an error status", async () => {
    const notifier = createRelayNotifier(
      fakeRelay({ fetch: async () => new Response(null, { status: 503 }) }),
    );
    await expect(notifier.checkLive()).rejects.toThrow("relay answered 503");
  });

  test("a failed poke resolves false instead of throwing", async () => {
    const notifier = createRelayNotifier(fakeRelay({ poke: () => Promise.reject(new Error("down")) }));
    expect(await notifier.poke("u1", "pieces", null)).toBe(false);
    expect(await createRelayNotifier(undefined).poke("u1", "pieces", null)).toBe(false);
  });
});
