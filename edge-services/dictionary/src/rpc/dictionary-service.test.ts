import { env, exports } from "cloudflare:workers";
import { parseServiceKeys, signServiceToken } from "@mirubato/session-token";
import { FORGED_SERVICE_KEYS } from "@mirubato/session-token/testing";
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { loadCuratedTerms } from "../test-setup/load-curated";
import { serviceToken, sessionCookie } from "../test-setup/sign-in";

// The named entrypoint as other workers reach it through a service binding.
const dictionary = exports.DictionaryService;

/** A call's rejection, awaited as a plain promise (an RPC promise rejects once more otherwise). */
async function refusal(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("the call was not refused");
}

beforeAll(loadCuratedTerms);

describe("lookupTerms", () => {
  test("names the dictionary terms among a score's words, phrases included, each once", async () => {
    const found = await dictionary.lookupTerms(await serviceToken("scores"), [
      "Sonata",
      "I.",
      "ALLEGRO",
      "con brio",
      "Poco",
      "a",
      "poco",
      "Étude",
      "allegro",
      "the",
    ]);
    const terms = found.map((match) => match.term);
    expect(terms).toContain("allegro");
    expect(terms).toContain("poco a poco");
    expect(terms).toContain("étude");
    expect(terms.filter((term) => term === "allegro")).toHaveLength(1);
    expect(found.find((match) => match.term === "allegro")).toEqual({
      term: "allegro",
      id: "cur-it-allegro",
      category: "tempo",
    });
    expect(terms).not.toContain("the");
  });

  test("answers nothing for text without terms", async () => {
    expect(await dictionary.lookupTerms(await serviceToken("scores"), ["qqqq", "zzzz"])).toEqual([]);
  });

  test("refuses text beyond its size limits", async () => {
    const token = await serviceToken("scores");
    const tooLong = Array.from({ length: 1_001 }, () => "x".repeat(2_000));
    expect(await refusal(() => dictionary.lookupTerms(token, tooLong))).toBeInstanceOf(TypeError);
  });

  test("refuses a missing, forged, expired or misaddressed token, and other callers", async () => {
    const forged = await signServiceToken("scores", "dictionary", parseServiceKeys(FORGED_SERVICE_KEYS));
    const tokens = [
      "",
      "not-a-token",
      forged,
      await serviceToken("scores", "dictionary", new Date(Date.now() - 5 * 60_000)),
      await serviceToken("scores", "api"),
      await serviceToken("api"),
    ];
    for (const token of tokens) {
      const error = await refusal(() => dictionary.lookupTerms(token, ["allegro"]));
      expect(String(error)).toMatch(/dictionary refused lookupTerms: service token rejected \(\w+\)/);
    }
  });
});

describe("deleteUserData", () => {
  const countRows = async (userId: string) => {
    const row = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM term_flags WHERE user_id = ?1)
            + (SELECT count(*) FROM term_request_askers WHERE user_id = ?1)
            + (SELECT count(*) FROM rate_limit_windows WHERE subject LIKE '%:user:' || ?1) AS n`,
    )
      .bind(userId)
      .first();
    return z.object({ n: z.number() }).parse(row).n;
  };

  async function actAs(userId: string) {
    const cookie = await sessionCookie(userId);
    await exports.default.fetch(`http://mirubato.test/api/dictionary/terms/largo/flags`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ reason: "incorrect", note: "A note with my words." }),
    });
    await exports.default.fetch("http://mirubato.test/api/dictionary/requests", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ term: "largo" }),
    });
    await env.DB.prepare(
      "INSERT INTO term_requests (normalized, query, status, requested_at, updated_at) VALUES ('zaudernd', 'zaudernd', 'queued', 1, 1) ON CONFLICT DO NOTHING",
    ).run();
    await env.DB.prepare(
      "INSERT INTO term_request_askers (normalized, user_id, requested_at) VALUES ('zaudernd', ?1, 1)",
    )
      .bind(userId)
      .run();
  }

  test("erases the musician's flags, requests and counters, and is idempotent", async () => {
    await actAs("user-leaving");
    await actAs("user-staying");
    // A flag, an asker row and two counters (flag, generate).
    expect(await countRows("user-leaving")).toBe(4);
    const token = await serviceToken("api");
    expect(await dictionary.deleteUserData(token, "user-leaving")).toEqual({ deletedRows: 4 });
    expect(await countRows("user-leaving")).toBe(0);
    expect(await dictionary.deleteUserData(token, "user-leaving")).toEqual({ deletedRows: 0 });
    // Nobody else's data goes, and the requested term (no one's id) stays.
    expect(await countRows("user-staying")).toBe(4);
    const request = await env.DB.prepare(
      "SELECT query FROM term_requests WHERE normalized = 'zaudernd'",
    ).first();
    expect(request).toEqual({ query: "zaudernd" });
  });

  test("refuses callers other than the api", async () => {
    const scores = await serviceToken("scores");
    expect(String(await refusal(() => dictionary.deleteUserData(scores, "user-staying")))).toMatch(
      /dictionary refused deleteUserData: service token rejected \(bad_claims\)/,
    );
    const api = await serviceToken("api");
    expect(await refusal(() => dictionary.deleteUserData(api, ""))).toBeInstanceOf(TypeError);
  });
});
