import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { createHlcClock } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { api, errorCodeOf, signIn, uniqueEmail } from "../../test/auth-helpers";
import { createApp } from "../index";
import { newPiece, pushDocs, userSeq } from "../sync/sync-test-client";

const summarySchema = z.object({
  userId: z.string(),
  email: z.string(),
  documents: z.record(z.string(), z.number()),
  changed: z.number(),
});

function seed(email: string, origin = "http://localhost:4000") {
  return api("/api/dev/seed", {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email }),
  });
}

async function deviceOf(cookie: string) {
  const me = await api("/api/auth/me", { headers: { cookie } });
  const { user } = z.object({ user: z.object({ id: z.string() }) }).parse(await me.json());
  return { userId: user.id, clock: createHlcClock({ deviceId: "seedtest" }) };
}

describe("POST /api/dev/seed", () => {
  test("creates the user with a year of practice, and a second call changes nothing", async () => {
    const email = uniqueEmail("demo");
    const first = await seed(email);
    expect(first.status).toBe(200);
    const summary = summarySchema.parse(await first.json());
    expect(summary.email).toBe(email);
    expect(summary.documents.practice_entries).toBeGreaterThan(250);
    expect(summary.documents).toMatchObject({ settings: 1, goals: 5 });
    const total = Object.values(summary.documents).reduce((sum, count) => sum + count, 0);
    expect(summary.changed).toBe(total);
    const seq = await userSeq(summary.userId);
    expect(seq).toBe(total);

    const second = summarySchema.parse(await (await seed(email, "http://localhost:4317")).json());
    expect(second).toEqual({ ...summary, changed: 0 });
    expect(await userSeq(summary.userId)).toBe(seq);
  });

  test("leaves an account that already has documents untouched", async () => {
    const email = uniqueEmail("has-data");
    const { cookie } = await signIn(email);
    const device = { cookie, ...(await deviceOf(cookie)) };
    await pushDocs(device, [newPiece(device.clock, "My own piece")]);
    const seqBefore = await userSeq(device.userId);

    const summary = summarySchema.parse(await (await seed(email)).json());
    expect(summary).toMatchObject({ changed: 0, documents: { pieces: 1 } });
    expect(await userSeq(device.userId)).toBe(seqBefore);
  });

  test("rejects a malformed email", async () => {
    const response = await seed("not-an-email");
    expect(response.status).toBe(400);
    expect(await errorCodeOf(response)).toBe("invalid_request");
  });

  test.each(["staging", "production"])("does not exist in %s", async (environment) => {
    const response = await createApp({ environment }).request(
      "http://localhost:4000/api/dev/seed",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "a@example.com" }),
      },
      { ...env, ENVIRONMENT: environment },
      createExecutionContext(),
    );
    expect(response.status).toBe(404);
    expect(await errorCodeOf(response)).toBe("not_found");
  });
});
