import { expect, test } from "vitest";
import { ApiError } from "../../api/api-error";
import { contributionFailureKey } from "./contribution-message";
import { createDictionaryApi } from "./dictionary-api";

function fakeFetch(status: number, body: unknown) {
  const requests: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), init });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { api: createDictionaryApi(fetchFn), requests };
}

test("lists popular terms and browses by category and letter", async () => {
  const { api, requests } = fakeFetch(200, { results: [] });
  await api.listTerms({ kind: "popular", lang: "de" });
  await api.listTerms({ kind: "browse", lang: "fr", category: "tempo", letter: "a" });
  expect(requests.map((request) => request.url)).toEqual([
    "/api/dictionary/popular?lang=de&limit=12",
    "/api/dictionary/browse?lang=fr&limit=200&category=tempo&letter=a",
  ]);
});

test("sends a report with the session cookie and only the fields given", async () => {
  const { api, requests } = fakeFetch(202, { id: "f1", status: "open" });
  await api.flagTerm("largo", "incorrect", undefined);
  expect(requests[0]?.url).toBe("/api/dictionary/terms/largo/flags");
  expect(requests[0]?.init).toMatchObject({ method: "POST", credentials: "same-origin" });
  expect(JSON.parse(String(requests[0]?.init?.body))).toEqual({ reason: "incorrect" });
});

test("a signed-out musician's request fails with the server's code, which names what to do", async () => {
  const { api } = fakeFetch(401, { error: { code: "unauthorized", message: "Sign in first" } });
  const error = await api.requestTerm("schleppend").catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ code: "unauthorized", status: 401 });
  expect(contributionFailureKey("unauthorized")).toBe("dictionary.contributionSignedOut");
  expect(contributionFailureKey("rate_limited")).toBe("dictionary.contributionTooMany");
});

test("parses what a request led to", async () => {
  expect(await fakeFetch(200, { status: "available", slug: "lento" }).api.requestTerm("Lento")).toEqual({
    status: "available",
    slug: "lento",
  });
  expect(await fakeFetch(202, { status: "queued" }).api.requestTerm("schleppend")).toEqual({
    status: "queued",
  });
  await expect(fakeFetch(200, { status: "maybe" }).api.requestTerm("x")).rejects.toThrow();
});
