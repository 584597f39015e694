import { env, exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { beforeAll, expect, test } from "vitest";
import { z } from "zod";
import { loadCuratedTerms } from "../test-setup/load-curated";
import { sessionCookie } from "../test-setup/sign-in";

const flag = (term: string, body: unknown, cookie?: string) =>
  exports.default.fetch(`http://mirubato.test/api/dictionary/terms/${term}/flags`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

beforeAll(loadCuratedTerms);

test("stores a signed-in musician's flag for review, with their id", async () => {
  const response = await flag(
    "largo",
    { reason: "incorrect", note: "Largo is slow, not fast." },
    await sessionCookie("user-flagger"),
  );
  expect(response.status).toBe(202);
  const { id } = z.object({ id: z.string() }).parse(await response.json());
  const row = await env.DB.prepare("SELECT * FROM term_flags WHERE id = ?1").bind(id).first();
  expect(row).toMatchObject({
    term_id: "cur-it-largo",
    user_id: "user-flagger",
    reason: "incorrect",
    status: "open",
  });
});

test("keeps one open flag per musician and entry, updated by a second report", async () => {
  const cookie = await sessionCookie("user-twice");
  await flag("adagio", { reason: "incomplete" }, cookie);
  await flag("adagio", { reason: "incorrect", note: "Second thoughts." }, cookie);
  const { results } = await env.DB.prepare(
    "SELECT reason, note FROM term_flags WHERE user_id = 'user-twice'",
  ).all();
  expect(results).toEqual([{ reason: "incorrect", note: "Second thoughts." }]);
});

test("refuses a signed-out or ended session with 401 and a code", async () => {
  for (const cookie of [undefined, "mirubato_session=not.a.jwt", await sessionCookie("user-x", "ended-1")]) {
    const response = await flag("largo", { reason: "incorrect" }, cookie);
    expect(response.status).toBe(401);
    const { error } = errorEnvelopeSchema.parse(await response.json());
    expect(error.code).toBe("unauthorized");
  }
});

test("rejects an unknown term and an invalid reason", async () => {
  const cookie = await sessionCookie("user-careless");
  expect((await flag("no-such-term", { reason: "incorrect" }, cookie)).status).toBe(404);
  const invalid = await flag("largo", { reason: "boring" }, cookie);
  expect(invalid.status).toBe(400);
  expect(errorEnvelopeSchema.parse(await invalid.json()).error.code).toBe("invalid_request");
});

test("rate-limits flags per musician; another musician is not affected", async () => {
  const cookie = await sessionCookie("user-busy");
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await flag("lento", { reason: "other" }, cookie)).status);
  expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
  expect(statuses[10]).toBe(429);
  expect((await flag("lento", { reason: "other" }, await sessionCookie("user-calm"))).status).toBe(202);
});
