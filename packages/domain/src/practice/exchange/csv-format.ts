/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields with a quote, comma or line
 * break quoted, quotes doubled), with one addition for spreadsheets: a text field starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so a note such as
 * "=HYPERLINK(…)" opens as text instead of running as a formula (OWASP "CSV injection").
 */

export type CsvValue = string | number | boolean | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/**
 * One CSV field. Numbers and booleans are written as they are (a negative number is data, not a
 * formula); `undefined` is an empty field.
 *
 * @example
 * escapeCsvField('Says "hi", twice'); // '"Says ""hi"", twice"'
 * escapeCsvField("=1+1"); // "'=1+1"
 */
export function escapeCsvField(value: CsvValue): string {
  if (value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const guarded = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * A whole CSV document from a header and rows; `withBom` prepends the UTF-8 byte-order mark that
 * Excel needs to read accents and Chinese correctly.
 *
 * @example
 * formatCsv(["a", "b"], [[1, "x,y"]]); // 'a,b\r\n1,"x,y"\r\n'
 */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: { withBom?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => `${row.map(escapeCsvField).join(",")}\r\n`);
  return `${options.withBom ? "\uFEFF" : ""}${lines.join("")}`;
}
