import { describe, expect, test } from "vitest";
import type { Fetch } from "../../api/api-error";
import type { SignedInSession } from "../../api/auth-client";
import { createSignedInDevicesLoader, type SignedInDevicesState } from "./signed-in-devices-loader";

interface Call {
  readonly path: string;
  readonly signal: AbortSignal | undefined;
  readonly answer: (status: number, body?: unknown) => void;
  readonly fail: () => void;
}

/** A fetch whose every request waits until the test answers it; it rejects on abort as fetch does. */
function pendingFetch() {
  const calls: Call[] = [];
  const fetchFn: Fetch = (path, init) =>
    new Promise((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      calls.push({
        path,
        signal,
        answer: (status, body) =>
          resolve(body === undefined ? new Response(null, { status }) : Response.json(body, { status })),
        fail: () => reject(new TypeError("Failed to fetch")),
      });
    });
  return { fetchFn, calls };
}

function setUp() {
  const { fetchFn, calls } = pendingFetch();
  let state: SignedInDevicesState = { phase: "loading" };
  const loader = createSignedInDevicesLoader(fetchFn, (change) => {
    state = change(state);
  });
  return { loader, calls, state: () => state, call: (index: number) => calls[index] as Call };
}

const session = (id: string, isCurrent: boolean, lastSeenAt: string): SignedInSession => ({
  id,
  createdAt: "2026-03-01T09:00:00.000Z",
  lastSeenAt,
  expiresAt: "2026-03-31T09:00:00.000Z",
  userAgent: `Browser ${id}`,
  isCurrent,
});
const here = session("here", true, "2026-03-02T08:00:00.000Z");
const phone = session("phone", false, "2026-03-03T08:00:00.000Z");
const laptop = session("laptop", false, "2026-03-01T08:00:00.000Z");
const listed = (...sessions: SignedInSession[]) => ({ sessions });
const idsOf = (state: SignedInDevicesState) =>
  state.phase === "ready" ? state.sessions.map((each) => each.id) : state.phase;

/** Lets every settled promise's continuation run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("reload", () => {
  test("lists this browser first, then the most recently active", async () => {
    const { loader, call, state } = setUp();
    const done = loader.reload();
    expect(call(0).path).toBe("/api/auth/sessions");
    call(0).answer(200, listed(laptop, phone, here));
    await done;
    expect(state()).toMatchObject({ phase: "ready", failed: false });
    expect(idsOf(state())).toEqual(["here", "phone", "laptop"]);
  });

  test.each([
    ["no answer", (call: Call) => call.fail(), true],
    [
      "an error answer",
      (call: Call) => call.answer(500, { error: { code: "internal", message: "x" } }),
      false,
    ],
  ])("after %s the list is unavailable (offline: %s)", async (_, respond, offline) => {
    const { loader, call, state } = setUp();
    const done = loader.reload();
    respond(call(0));
    await done;
    expect(state()).toEqual({ phase: "unavailable", offline });
  });

  test("a newer reload aborts the one in flight, whose failure then changes nothing", async () => {
    const { loader, call, state } = setUp();
    const first = loader.reload();
    const second = loader.reload();
    expect(call(0).signal?.aborted).toBe(true);
    await first;
    expect(state()).toEqual({ phase: "loading" });
    call(1).answer(200, listed(here));
    await second;
    expect(idsOf(state())).toEqual(["here"]);
  });

  test("an answer overtaken while its body is still being read is dropped", async () => {
    const { loader, call, state } = setUp();
    const first = loader.reload();
    call(0).answer(200, listed(here, phone, laptop));
    const second = loader.reload();
    await first;
    expect(state()).toEqual({ phase: "loading" });
    call(1).answer(200, listed(here));
    await second;
    expect(idsOf(state())).toEqual(["here"]);
  });

  test("after dispose the request is aborted and nothing changes the state", async () => {
    const { loader, call, state } = setUp();
    const done = loader.reload();
    loader.dispose();
    expect(call(0).signal?.aborted).toBe(true);
    await done;
    expect(state()).toEqual({ phase: "loading" });
  });
});

describe("revoke", () => {
  async function ready(...sessions: SignedInSession[]) {
    const fixture = setUp();
    const done = fixture.loader.reload();
    fixture.call(0).answer(200, listed(...sessions));
    await done;
    return fixture;
  }

  test("drops the ended sessions (not found counts as ended), then reloads", async () => {
    const { loader, calls, call, state } = await ready(here, phone, laptop);
    const done = loader.revoke(["phone", "laptop"]);
    expect(calls.slice(1).map((each) => each.path)).toEqual([
      "/api/auth/sessions/phone/revoke",
      "/api/auth/sessions/laptop/revoke",
    ]);
    call(1).answer(204);
    call(2).answer(404, { error: { code: "not_found", message: "gone" } });
    await settle();
    expect(call(3).path).toBe("/api/auth/sessions");
    // A rejected call is not "fulfilled", so the not-found one stays until the reload says so.
    expect(idsOf(state())).toEqual(["here", "laptop"]);
    call(3).answer(200, listed(here));
    await done;
    expect(state()).toMatchObject({ phase: "ready", failed: false });
    expect(idsOf(state())).toEqual(["here"]);
  });

  test("a failed sign-out keeps that session listed, says so and does not reload", async () => {
    const { loader, calls, call, state } = await ready(here, phone, laptop);
    const done = loader.revoke(["phone", "laptop"]);
    call(1).answer(204);
    call(2).fail();
    await done;
    expect(state()).toMatchObject({ phase: "ready", failed: true });
    expect(idsOf(state())).toEqual(["here", "laptop"]);
    expect(calls).toHaveLength(3);
  });

  test("aborts a reload that may predate it, so a stale list cannot bring a session back", async () => {
    const { loader, calls, call, state } = await ready(here, phone, laptop);
    const staleReload = loader.reload();
    const done = loader.revoke(["phone", "laptop"]);
    call(2).answer(204);
    call(3).fail();
    await done;
    expect(call(1).signal?.aborted).toBe(true);
    await staleReload;
    expect(state()).toMatchObject({ phase: "ready", failed: true });
    expect(idsOf(state())).toEqual(["here", "laptop"]);
    expect(calls).toHaveLength(4);
  });

  test("settling after dispose changes nothing and starts no reload", async () => {
    const { loader, calls, call, state } = await ready(here, phone);
    const done = loader.revoke(["phone"]);
    loader.dispose();
    call(1).answer(204);
    await done;
    expect(idsOf(state())).toEqual(["here", "phone"]);
    expect(calls).toHaveLength(2);
  });
});
