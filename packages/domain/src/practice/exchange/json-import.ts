import { goalSchema, pieceSchema, practiceEntrySchema } from "@mirubato/schema";
import { type PracticeCollections, practiceExportFormat, practiceExportVersion } from "./json-export";

export interface RejectedRow {
  collection: keyof PracticeCollections;
  index: number;
  id?: string;
  reasons: string[];
}

export type ImportResult =
  | { ok: true; accepted: PracticeCollections; rejected: RejectedRow[]; ignoredCollections: string[] }
  | { ok: false; error: string };

/** The part of a zod schema the import uses (the domain package does not depend on zod itself). */
interface RowSchema<Doc> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: Doc }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

const knownCollections = new Set<string>(["practice_entries", "pieces", "goals"]);

function readRows<Doc extends { id: string }>(
  name: keyof PracticeCollections,
  schema: RowSchema<Doc>,
  rows: unknown,
  rejected: RejectedRow[],
): Doc[] | string {
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return `collections.${name} is not a list`;
  const accepted: Doc[] = [];
  const seenIds = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const parsed = schema.safeParse(row);
    const reasons = parsed.success
      ? []
      : parsed.error.issues.map(
          (issue) => `${issue.path.map(String).join(".") || "(row)"}: ${issue.message}`,
        );
    if (parsed.success && seenIds.has(parsed.data.id)) reasons.push("id: appears twice in the file");
    if (parsed.success && reasons.length === 0) {
      seenIds.add(parsed.data.id);
      accepted.push(parsed.data);
      continue;
    }
    const rawId: unknown = typeof row === "object" && row !== null ? Reflect.get(row, "id") : undefined;
    rejected.push(
      typeof rawId === "string"
        ? { collection: name, index, id: rawId, reasons }
        : { collection: name, index, reasons },
    );
  }
  return accepted;
}

/**
 * Validates an export file's parsed JSON: the envelope first (format and version), then every row
 * with its collection's schema. Valid rows are accepted exactly as written (ids and clocks kept);
 * each invalid row is reported with its collection, index, id if readable, and the reasons.
 *
 * @example
 * const result = readJsonImport(JSON.parse(fileText));
 * if (result.ok) showReport(result.rejected);
 */
export function readJsonImport(value: unknown): ImportResult {
  if (typeof value !== "object" || value === null) return { ok: false, error: "not a Mirubato export" };
  if (Reflect.get(value, "format") !== practiceExportFormat)
    return { ok: false, error: "not a Mirubato export" };
  const version: unknown = Reflect.get(value, "version");
  if (version !== practiceExportVersion)
    return { ok: false, error: `unsupported export version ${String(version)}` };
  const collections: unknown = Reflect.get(value, "collections");
  if (typeof collections !== "object" || collections === null || Array.isArray(collections)) {
    return { ok: false, error: "the export has no collections" };
  }
  const rejected: RejectedRow[] = [];
  const entries = readRows(
    "practice_entries",
    practiceEntrySchema,
    Reflect.get(collections, "practice_entries"),
    rejected,
  );
  if (typeof entries === "string") return { ok: false, error: entries };
  const pieces = readRows("pieces", pieceSchema, Reflect.get(collections, "pieces"), rejected);
  if (typeof pieces === "string") return { ok: false, error: pieces };
  const goals = readRows("goals", goalSchema, Reflect.get(collections, "goals"), rejected);
  if (typeof goals === "string") return { ok: false, error: goals };
  const ignoredCollections = Object.keys(collections).filter((name) => !knownCollections.has(name));
  return { ok: true, accepted: { practice_entries: entries, pieces, goals }, rejected, ignoredCollections };
}

/**
 * `readJsonImport` for the file's text: a file that is not JSON is an error result, not a throw.
 *
 * @example
 * const result = readJsonImportText(await file.text());
 */
export function readJsonImportText(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A SyntaxError carries nothing a musician can act on beyond "this is not JSON".
    return { ok: false, error: "the file is not JSON" };
  }
  return readJsonImport(value);
}
