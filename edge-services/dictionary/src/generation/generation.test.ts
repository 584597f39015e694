import { env, exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { searchResponseSchema, termEntrySchema } from "@mirubato/term-search";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCuratedTerms } from "../test-setup/load-curated";
import { sessionCookie } from "../test-setup/sign-in";
import { processTermRequest, requestTerm, type TermRequestMessage } from "./generation.service";
import { checkQuality } from "./quality-check";
import { createWorkersAiProvider, type RunModel } from "./workers-ai-provider";

// The only fake is at the Workers AI boundary: `run`, answering the way the binding does.
const fakeRun =
  (response: unknown): RunModel =>
  async () => ({ response });

const schleppend = {
  term: "schleppend",
  lang: "de",
  category: "tempo",
  concise: "Dragging; held back so that the music seems to pull behind the beat.",
  detailed:
    "Schleppend asks for a deliberately dragging motion. Mahler often writes 'nicht schleppend' (do not drag) as a warning, so the word is met more often in the negative than as an instruction.",
  etymology: "German schleppen, 'to drag, to haul'.",
  pronunciation: { ipa: "ˈʃlɛpn̩t", syllables: "SCHLEP-pend" },
  example: "The conductor warned that the slow movement must be 'nicht schleppend'.",
  equivalents: {
    en: "dragging",
    es: "arrastrando",
    fr: "en traînant",
    de: "schleppend",
    "zh-CN": "拖沓",
    "zh-TW": "拖沓",
  },
  related: ["lento"],
  confidence: 0.86,
};

beforeAll(loadCuratedTerms);

describe("Workers AI provider", () => {
  test("parses a JSON answer, as an object or as text", async () => {
    const asObject = await createWorkersAiProvider(fakeRun({ isMusicTerm: true, entry: schleppend })).define(
      "x",
    );
    const asText = await createWorkersAiProvider(
      fakeRun(JSON.stringify({ isMusicTerm: true, entry: schleppend })),
    ).define("x");
    expect(asObject?.term).toBe("schleppend");
    expect(asText).toEqual(asObject);
  });

  test("returns no definition for a non-term, malformed JSON or a wrong shape", async () => {
    for (const response of [
      { isMusicTerm: false },
      "{not json",
      { isMusicTerm: true, entry: { term: "x" } },
    ]) {
      expect(await createWorkersAiProvider(fakeRun(response)).define("x")).toBeNull();
    }
  });

  test("passes the term to the model in JSON mode", async () => {
    let seen: Parameters<RunModel>[0] | undefined;
    await createWorkersAiProvider(async (input) => {
      seen = input;
      return { response: { isMusicTerm: false } };
    }).define("schleppend");
    expect(seen?.response_format.type).toBe("json_schema");
    expect(seen?.messages.at(-1)?.content).toContain('"schleppend"');
  });
});

describe("quality check", () => {
  const definition = { ...schleppend, category: "tempo" as const, references: [] };
  test("accepts a confident entry about the requested term", () => {
    expect(checkQuality("Schleppend", definition)).toEqual({ isAccepted: true });
  });
  test("rejects low confidence, another term and hedging", () => {
    expect(checkQuality("schleppend", { ...definition, confidence: 0.4 }).isAccepted).toBe(false);
    expect(checkQuality("zögernd", definition).isAccepted).toBe(false);
    expect(
      checkQuality("schleppend", {
        ...definition,
        detailed: `${definition.detailed} As an AI I cannot be sure.`,
      }).isAccepted,
    ).toBe(false);
  });
});

describe("processing a term request", () => {
  test("stores an accepted entry as generated, with its confidence, and makes it searchable", async () => {
    const provider = createWorkersAiProvider(fakeRun({ isMusicTerm: true, entry: schleppend }));
    expect(
      await processTermRequest({ db: env.DB, provider, nowMs: Date.now() }, { term: "schleppend" }),
    ).toBe("generated");
    const entry = termEntrySchema.parse(
      await (await exports.default.fetch("http://x/api/dictionary/terms/schleppend")).json(),
    );
    expect(entry.provenance).toMatchObject({ source: "generated", confidence: 0.86, reviewed: false });
    const search = searchResponseSchema.parse(
      await (await exports.default.fetch("http://x/api/dictionary/search?q=dragging")).json(),
    );
    expect(search.results.map((result) => result.term)).toContain("schleppend");
  });

  test("stores nothing when the model's entry fails the check", async () => {
    const provider = createWorkersAiProvider(
      fakeRun({ isMusicTerm: true, entry: { ...schleppend, term: "zaudernd", confidence: 0.3 } }),
    );
    expect(await processTermRequest({ db: env.DB, provider, nowMs: Date.now() }, { term: "zaudernd" })).toBe(
      "rejected",
    );
    expect((await exports.default.fetch("http://x/api/dictionary/terms/zaudernd")).status).toBe(404);
  });
});

describe("POST /requests without AI (the local environment)", () => {
  const request = async (term: string, userId: string | null = "user-asker") =>
    exports.default.fetch("http://x/api/dictionary/requests", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(userId ? { cookie: await sessionCookie(userId) } : {}),
      },
      body: JSON.stringify({ term }),
    });

  test("says honestly that a missing term cannot be defined here", async () => {
    const response = await request("flibbertigibbet");
    expect(response.status).toBe(503);
    expect(errorEnvelopeSchema.parse(await response.json()).error.message).toContain(
      "not in the dictionary yet",
    );
  });

  test("points to an entry that exists", async () => {
    const response = await request("Crescendo");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "available", slug: "crescendo" });
  });

  test("needs a signed-in musician: 401 with a code otherwise", async () => {
    const response = await request("flibbertigibbet", null);
    expect(response.status).toBe(401);
    const { error } = errorEnvelopeSchema.parse(await response.json());
    expect(error.code).toBe("unauthorized");
    expect(error.message).toBe("Sign in first");
  });

  test("allows 10 requests a minute per musician; another musician is not affected", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await request("largo", "user-eager")).status);
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await request("largo", "user-patient")).status).toBe(200);
  });
});

describe("requestTerm with a queue (staging and production)", () => {
  test("queues a missing term once, and remembers every musician who asked", async () => {
    const sent: TermRequestMessage[] = [];
    // The queue is Cloudflare's edge: recorded here, as the consumer is tested above.
    const queue = {
      send: async (message: TermRequestMessage) => {
        sent.push(message);
        return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } };
      },
    };
    const deps = { db: env.DB, queue, nowMs: Date.now() };
    expect(await requestTerm(deps, "Taumelnd", "user-1")).toEqual({ status: "queued" });
    expect(await requestTerm(deps, "taumelnd!", "user-2")).toEqual({ status: "queued" });
    expect(sent).toEqual([{ term: "Taumelnd" }]);
    const { results } = await env.DB.prepare(
      "SELECT user_id FROM term_request_askers WHERE normalized = 'taumelnd' ORDER BY user_id",
    ).all();
    expect(results).toEqual([{ user_id: "user-1" }, { user_id: "user-2" }]);
  });
});
