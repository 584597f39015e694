import { describe, expect, test } from "vitest";
import {
  type CheckInFields,
  listChangedFields,
  toCheckInFields,
  toCheckInValues,
  toNewOccurrenceFields,
} from "./check-in-values";

const segmentId = "01955b3a-6c00-7000-9000-000000000001";
const plan = {
  segments: [
    {
      id: segmentId,
      label: "Scales",
      minutes: 10,
      pieceIds: [],
      techniques: ["Scales"],
      tempoTargets: [{ tempoBpm: 120 }],
      startTempoBpm: 80,
    },
    {
      id: "01955b3a-6c00-7000-9000-000000000002",
      label: "Free play",
      minutes: 5,
      pieceIds: [],
      techniques: [],
      tempoTargets: [],
    },
  ],
  reflectionPrompts: ["What went well?"],
};

describe("toCheckInValues", () => {
  test("a day without a check-in opens as done, with a tempo field only for segments with a ladder", () => {
    expect(toCheckInValues(plan, undefined)).toEqual({
      status: "completed",
      note: "",
      tempos: { [segmentId]: "" },
      responses: { "What went well?": "" },
    });
  });

  test("an earlier check-in opens with its answers", () => {
    const occurrence = {
      status: "partial" as const,
      note: "Left hand only",
      segmentTempos: [{ segmentId, tempoBpm: 92 }],
      checkInResponses: [{ prompt: "What went well?", response: "Evenness" }],
    };
    expect(toCheckInValues(plan, occurrence)).toEqual({
      status: "partial",
      note: "Left hand only",
      tempos: { [segmentId]: "92" },
      responses: { "What went well?": "Evenness" },
    });
  });
});

describe("toCheckInFields", () => {
  test("keeps typed tempos and answered prompts, trims the note", () => {
    const result = toCheckInFields({
      status: "skipped",
      note: "  ill  ",
      tempos: { [segmentId]: " 96 " },
      responses: { "What went well?": "  " },
    });
    expect(result).toEqual({
      ok: true,
      fields: {
        status: "skipped",
        note: "ill",
        segmentTempos: [{ segmentId, tempoBpm: 96 }],
        checkInResponses: [],
      },
    });
  });

  test("rejects a tempo outside 10–400 BPM", () => {
    const result = toCheckInFields({
      status: "completed",
      note: "",
      tempos: { [segmentId]: "5" },
      responses: {},
    });
    expect(result).toEqual({ ok: false, errors: { tempos: { [segmentId]: "out_of_range" } } });
  });
});

describe("what a check-in writes", () => {
  const blank: CheckInFields = { status: "completed", note: "", segmentTempos: [], checkInResponses: [] };

  test("only the fields changed from what the form opened with", () => {
    expect(listChangedFields(blank, { ...blank, status: "partial" })).toEqual(["status"]);
    expect(
      listChangedFields(blank, { ...blank, note: "x", segmentTempos: [{ segmentId, tempoBpm: 90 }] }),
    ).toEqual(["note", "segmentTempos"]);
    expect(listChangedFields(blank, blank)).toEqual([]);
  });

  test("a new occurrence leaves a blank note and empty tempos unwritten", () => {
    expect(toNewOccurrenceFields(blank)).toEqual({ status: "completed", checkInResponses: [] });
    expect(toNewOccurrenceFields({ ...blank, note: "ok" })).toEqual({
      status: "completed",
      checkInResponses: [],
      note: "ok",
    });
  });
});
