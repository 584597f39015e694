import { env, exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { beforeAll, expect, test } from "vitest";
import { z } from "zod";
import { loadCuratedTerms } from "../test-setup/load-curated";

const flag = (term: string, body: unknown, address = "203.0.113.7") =>
  exports.default.fetch(`http://mirubato.test/api/dictionary/terms/${term}/flags`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": address },
    body: JSON.stringify(body),
  });

beforeAll(loadCuratedTerms);

test("stores a flag for review with nothing personal", async () => {
  const response = await flag("largo", { reason: "incorrect", note: "Largo is slow, not fast." });
  expect(response.status).toBe(202);
  const { id } = z.object({ id: z.string() }).parse(await response.json());
  const row = await env.DB.prepare("SELECT * FROM term_flags WHERE id = ?1").bind(id).first();
  expect(row).toMatchObject({ term_id: "cur-it-largo", reason: "incorrect", status: "open" });
  expect(JSON.stringify(row)).not.toContain("203.0.113.7");
});

test("rejects an unknown term and an invalid reason", async () => {
  expect((await flag("no-such-term", { reason: "incorrect" })).status).toBe(404);
  const invalid = await flag("largo", { reason: "boring" });
  expect(invalid.status).toBe(400);
  expect(errorEnvelopeSchema.parse(await invalid.json()).error.code).toBe("invalid_request");
});

test("rate-limits flags from one address", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++)
    statuses.push((await flag("lento", { reason: "other" }, "198.51.100.9")).status);
  expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
  expect(statuses[10]).toBe(429);
  // Another address is not affected.
  expect((await flag("lento", { reason: "other" }, "198.51.100.10")).status).toBe(202);
});
