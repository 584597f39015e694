import type { ScoreDoc } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { isFiltered, libraryFacets, noLibraryFilters, viewLibrary } from "./library-view";

let counter = 0;
function score(content: Partial<ScoreDoc> & { title: string }): ScoreDoc {
  counter += 1;
  const id = `01955b3a-6c00-7000-8000-${String(counter).padStart(12, "0")}`;
  return {
    id,
    createdAt: `2026-01-${String(counter).padStart(2, "0")}T10:00:00.000Z`,
    updatedAt: "2026-02-01T10:00:00.000Z",
    _deleted: false,
    clocks: {},
    tags: [],
    source: "upload",
    isFavorite: false,
    ...content,
  };
}

const prelude = score({
  title: "Prélude in E minor",
  composer: "Frédéric Chopin",
  catalogue: "Op. 28 No. 4",
  stylePeriod: "romantic",
  instrument: "piano",
  tags: ["largo", "espressivo"],
  lastOpenedAt: "2026-03-01T09:00:00.000Z",
});
const fugue = score({
  title: "Fugue in C major",
  composer: "Johann Sebastian Bach",
  catalogue: "BWV 846",
  stylePeriod: "baroque",
  instrument: "piano",
  isFavorite: true,
});
const sonata = score({
  title: "Sonata in A major",
  composer: "Wolfgang Amadeus Mozart",
  catalogue: "K. 331",
  stylePeriod: "classical",
  instrument: "violin",
  tags: ["allegro"],
  lastOpenedAt: "2026-03-05T09:00:00.000Z",
});
const library = [sonata, prelude, fugue];
const titles = (scores: readonly ScoreDoc[]) => scores.map((found) => found.title);

describe("viewLibrary search", () => {
  test("matches title, composer, catalogue and tags, ignoring accents and case", () => {
    const search = (query: string) =>
      titles(viewLibrary(library, { ...noLibraryFilters, query }, "title", "en"));
    expect(search("prelude")).toEqual(["Prélude in E minor"]);
    expect(search("chopin")).toEqual(["Prélude in E minor"]);
    expect(search("bwv 846")).toEqual(["Fugue in C major"]);
    expect(search("ESPRESSIVO")).toEqual(["Prélude in E minor"]);
    expect(search("major")).toEqual(["Fugue in C major", "Sonata in A major"]);
  });

  test("every word must match", () => {
    expect(viewLibrary(library, { ...noLibraryFilters, query: "major mozart" }, "title", "en")).toEqual([
      sonata,
    ]);
  });
});

describe("viewLibrary filters", () => {
  test("by composer, period, instrument, tag and favourites", () => {
    const view = (filters: Partial<typeof noLibraryFilters>) =>
      titles(viewLibrary(library, { ...noLibraryFilters, ...filters }, "title", "en"));
    expect(view({ composer: "Johann Sebastian Bach" })).toEqual(["Fugue in C major"]);
    expect(view({ stylePeriod: "romantic" })).toEqual(["Prélude in E minor"]);
    expect(view({ instrument: "piano" })).toEqual(["Fugue in C major", "Prélude in E minor"]);
    expect(view({ tag: "allegro" })).toEqual(["Sonata in A major"]);
    expect(view({ isFavoritesOnly: true })).toEqual(["Fugue in C major"]);
  });
});

describe("viewLibrary sort", () => {
  test("by title, composer, recently opened (never opened last) and recently added", () => {
    const sorted = (key: Parameters<typeof viewLibrary>[2]) =>
      titles(viewLibrary(library, noLibraryFilters, key, "en"));
    expect(sorted("title")).toEqual(["Fugue in C major", "Prélude in E minor", "Sonata in A major"]);
    expect(sorted("composer")).toEqual(["Prélude in E minor", "Fugue in C major", "Sonata in A major"]);
    expect(sorted("recentlyOpened")).toEqual(["Sonata in A major", "Prélude in E minor", "Fugue in C major"]);
    expect(sorted("recentlyAdded")).toEqual(["Sonata in A major", "Fugue in C major", "Prélude in E minor"]);
  });
});

test("libraryFacets offers only values some score has, periods in historical order", () => {
  expect(libraryFacets(library, "en")).toEqual({
    composers: ["Frédéric Chopin", "Johann Sebastian Bach", "Wolfgang Amadeus Mozart"],
    instruments: ["piano", "violin"],
    tags: ["allegro", "espressivo", "largo"],
    stylePeriods: ["baroque", "classical", "romantic"],
  });
});

test("isFiltered is false for untouched filters or a blank query, true once a filter is set", () => {
  expect(isFiltered(noLibraryFilters)).toBe(false);
  expect(isFiltered({ ...noLibraryFilters, query: "   " })).toBe(false);
  expect(isFiltered({ ...noLibraryFilters, tag: "largo" })).toBe(true);
});
