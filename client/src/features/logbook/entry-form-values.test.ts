import type { PracticeEntryContent } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import {
  buildEntryContent,
  createEmptyEntryForm,
  type EntryFormValues,
  entryToForm,
  parseList,
  validateEntryForm,
} from "./entry-form-values";

const pieceId = "01955b3a-6c00-7000-8000-000000000001";

const timerContent: PracticeEntryContent = {
  startedAt: "2026-03-02T04:30:00.000Z",
  localDate: "2026-03-01",
  timeZone: "America/New_York",
  durationSec: 1541,
  type: "practice",
  instrument: "piano",
  pieces: [{ pieceId, tempoBpm: 80 }],
  techniques: ["scales"],
  notes: "",
  tags: [],
  goalIds: [],
  source: "timer",
};

describe("entry form values", () => {
  test("a new form starts now, on the musician's local date", () => {
    const { values, base } = createEmptyEntryForm(
      Date.parse("2026-03-02T04:30:00Z"),
      "America/New_York",
      "piano",
    );
    expect(values.localDate).toBe("2026-03-01");
    expect(values.startTime).toBe("23:30");
    expect(base).toEqual({ timeZone: "America/New_York", source: "manual", goalIds: [] });
  });

  test("an entry opens in the zone it was recorded in and saves back unchanged", () => {
    const { values, base } = entryToForm(timerContent);
    expect(values).toMatchObject({ localDate: "2026-03-01", startTime: "23:30", durationMinutes: "26" });
    expect(buildEntryContent(values, base, new Map())).toEqual(timerContent);
  });

  test("an edited duration is saved in whole minutes", () => {
    const { values, base } = entryToForm(timerContent);
    expect(buildEntryContent({ ...values, durationMinutes: "40" }, base, new Map()).durationSec).toBe(2400);
  });

  test("new pieces take the ids created for them; duplicates collapse", () => {
    const { values, base } = createEmptyEntryForm(0, "UTC", "piano");
    const newPiece = {
      kind: "new",
      key: "k1",
      title: "Clair de lune",
      composer: "Debussy",
      isConfirmedNew: false,
    } as const;
    const content = buildEntryContent(
      { ...values, pieces: [newPiece, { kind: "existing", pieceId }, { kind: "existing", pieceId }] },
      base,
      new Map([["k1", "01955b3a-6c00-7000-8000-0000000000aa"]]),
    );
    expect(content.pieces).toEqual([{ pieceId: "01955b3a-6c00-7000-8000-0000000000aa" }, { pieceId }]);
  });

  test("keeps mood, tags and techniques from the text fields", () => {
    const { values, base } = createEmptyEntryForm(0, "UTC", "piano");
    const content = buildEntryContent(
      { ...values, mood: "satisfied", tags: "exam, warm-up, exam", techniques: " trills " },
      base,
      new Map(),
    );
    expect(content).toMatchObject({ mood: "satisfied", tags: ["exam", "warm-up"], techniques: ["trills"] });
  });

  test("validates dates, times, durations and instrument", () => {
    const { values } = createEmptyEntryForm(0, "UTC", "piano");
    expect(validateEntryForm(values)).toEqual({});
    const bad: EntryFormValues = {
      ...values,
      localDate: "",
      startTime: "25:00",
      durationMinutes: "-1",
      instrument: " ",
    };
    expect(validateEntryForm(bad)).toEqual({
      localDate: "required",
      startTime: "invalidTime",
      durationMinutes: "invalidDuration",
      instrument: "required",
    });
    expect(validateEntryForm({ ...values, durationMinutes: "1441" }).durationMinutes).toBe("invalidDuration");
  });

  test("parses comma-separated lists", () => {
    expect(parseList(" scales, arpeggios,, scales ")).toEqual(["scales", "arpeggios"]);
    expect(parseList("")).toEqual([]);
  });
});
