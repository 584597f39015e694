import type { TermEntry } from "@mirubato/term-search";
import { expect, test } from "vitest";
import type { DictionaryApi } from "./dictionary-api";
import { createDictionaryService } from "./dictionary-service";
import { lento } from "./term.fixtures";
import { createMemoryBucket, createTermStore } from "./term-store";

const crescendo: TermEntry = {
  ...lento,
  id: "cur-it-crescendo",
  slug: "crescendo",
  term: "crescendo",
  category: "dynamics",
  concise: "Gradually louder.",
  equivalents: { en: "getting louder", de: "anschwellend", "zh-CN": "渐强" },
};

function setup(online: { value: boolean }) {
  const calls: string[] = [];
  const api: DictionaryApi = {
    async search(q) {
      calls.push(`search:${q}`);
      return { results: [] };
    },
    async getTerm(term) {
      calls.push(`term:${term}`);
      if (!online.value) throw new TypeError("Failed to fetch");
      return term === "lento" ? { kind: "found", entry: lento } : { kind: "missing", suggestions: [] };
    },
    async getPack() {
      return { version: "7", terms: [lento, crescendo] };
    },
    async listTerms(list) {
      calls.push(`list:${list.kind}`);
      if (!online.value) throw new TypeError("Failed to fetch");
      return [];
    },
    async flagTerm(slug) {
      calls.push(`flag:${slug}`);
    },
    async requestTerm(term) {
      calls.push(`request:${term}`);
      return { status: "queued" };
    },
  };
  const service = createDictionaryService({
    api,
    store: createTermStore(createMemoryBucket()),
    isOnline: () => online.value,
  });
  return { service, calls };
}

test("keeps every viewed term for offline reading and searching", async () => {
  const online = { value: true };
  const { service } = setup(online);
  expect((await service.lookUp("lento", "en")).kind).toBe("found");
  online.value = false;
  const offline = await service.lookUp("lento", "de");
  expect(offline).toMatchObject({ kind: "found", source: "device", entry: { equivalent: "langsam" } });
  const found = await service.search("lentp", "en");
  expect(found).toMatchObject({ source: "device", didYouMean: "lento" });
  expect(found.results.map((result) => result.slug)).toEqual(["lento"]);
  expect(await service.listRecent()).toEqual([{ slug: "lento", term: "lento" }]);
});

test("searches the downloaded pack offline, across languages", async () => {
  const online = { value: true };
  const { service } = setup(online);
  expect(await service.downloadPack()).toBe(2);
  expect(await service.countPackTerms()).toBe(2);
  online.value = false;
  const { results } = await service.search("渐强", "de");
  expect(results[0]).toMatchObject({ slug: "crescendo", equivalent: "anschwellend" });
  expect((await service.lookUp("crescendo", "en")).kind).toBe("found");
});

test("says honestly when a term is neither on the server nor on the device", async () => {
  const online = { value: true };
  const { service } = setup(online);
  expect(await service.lookUp("flibbertigibbet", "en")).toEqual({ kind: "missing", suggestions: [] });
  online.value = false;
  expect(await service.lookUp("flibbertigibbet", "en")).toEqual({ kind: "unavailable" });
});

test("browses by category and letter from the pack when offline; popular needs the server", async () => {
  const online = { value: true };
  const { service, calls } = setup(online);
  await service.downloadPack();
  online.value = false;
  const dynamics = await service.listTerms({ kind: "browse", lang: "de", category: "dynamics" });
  expect(dynamics).toEqual({
    results: [expect.objectContaining({ slug: "crescendo", equivalent: "anschwellend" })],
    source: "device",
  });
  const byLetter = await service.listTerms({ kind: "browse", lang: "en", letter: "l" });
  expect(byLetter.results.map((result) => result.slug)).toEqual(["lento"]);
  expect(await service.listTerms({ kind: "popular", lang: "en" })).toEqual({ results: [], source: "device" });
  expect(calls).not.toContain("list:browse");
});
