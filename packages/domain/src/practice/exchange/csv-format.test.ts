import { describe, expect, test } from "vitest";
import { createTestEntry, createTestPiece } from "../testing/practice-test-docs";
import { escapeCsvField, formatCsv } from "./csv-format";
import { exportEntriesCsv, exportPiecesCsv } from "./export-csv";

describe("escapeCsvField", () => {
  test("quotes fields with quotes, commas and line breaks, doubling quotes", () => {
    expect(escapeCsvField("plain")).toBe("plain");
    expect(escapeCsvField('Says "hi"')).toBe('"Says ""hi"""');
    expect(escapeCsvField("a,b")).toBe('"a,b"');
    expect(escapeCsvField("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(escapeCsvField("cr\r\nlf")).toBe('"cr\r\nlf"');
  });

  test("guards text that a spreadsheet would run as a formula", () => {
    expect(escapeCsvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(escapeCsvField("+1")).toBe("'+1");
    expect(escapeCsvField("-slow")).toBe("'-slow");
    expect(escapeCsvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvField("\tx")).toBe("'\tx");
  });

  test("writes numbers, booleans and missing values as data", () => {
    expect(escapeCsvField(-5)).toBe("-5");
    expect(escapeCsvField(true)).toBe("true");
    expect(escapeCsvField(undefined)).toBe("");
  });
});

describe("formatCsv", () => {
  test("uses CRLF line ends and an optional UTF-8 BOM", () => {
    expect(formatCsv(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(formatCsv(["a"], [], { withBom: true })).toBe("\uFEFFa\r\n");
  });
});

describe("CSV exports", () => {
  test("entries: one row per live entry, oldest first, pieces by title and id", () => {
    const piece = createTestPiece({ title: "Étude, Op. 10" });
    const later = createTestEntry({
      startedAt: "2026-03-02T10:00:00.000Z",
      localDate: "2026-03-02",
      notes: "=2+2",
    });
    const earlier = createTestEntry({
      startedAt: "2026-03-01T10:00:00.000Z",
      localDate: "2026-03-01",
      pieces: [{ pieceId: piece.id, tempoBpm: 80 }],
      mood: "satisfied",
    });
    const csv = exportEntriesCsv([later, earlier, { ...createTestEntry(), _deleted: true }], [piece]);
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"Étude, Op. 10",${piece.id},80`);
    expect(lines[2]).toContain("'=2+2");
  });

  test("pieces: with their practice totals", () => {
    const piece = createTestPiece({ title: "Nocturne", composer: "Chopin" });
    const csv = exportPiecesCsv(
      [piece],
      [createTestEntry({ localDate: "2026-03-01", pieces: [{ pieceId: piece.id }] })],
    );
    expect(csv.split("\r\n")[1]).toBe(`${piece.id},Nocturne,Chopin,,piano,learning,,,1800,1,2026-03-01,,`);
  });
});
