/**
 * Minimal valid PDFs for e2e uploads, written in the test (e2e cannot import the worker's test
 * support): one text line per page and an Info dictionary, so the Scores worker's processing
 * reads a title and an author and the library's review form pre-fills them.
 */
export interface PdfSpec {
  readonly title?: string;
  readonly author?: string;
  /** The text drawn on each page; one page per entry. */
  readonly pageTexts: readonly string[];
}

function literal(text: string): string {
  return `(${text.replace(/([\\()])/g, "\\$1")})`;
}

/**
 * The PDF's bytes, with a cross-reference table whose offsets are right (pdf.js checks them).
 *
 * @example
 * const bytes = buildPdf({ title: "Nocturne", author: "Chopin", pageTexts: ["Andante"] });
 */
export function buildPdf(spec: PdfSpec): Buffer {
  const firstPage = 5;
  const kids = spec.pageTexts.map((_, page) => `${firstPage + page * 2} 0 R`).join(" ");
  const info = [
    spec.title === undefined ? "" : `/Title ${literal(spec.title)}`,
    spec.author === undefined ? "" : `/Author ${literal(spec.author)}`,
  ].join(" ");
  const bodies = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Count ${spec.pageTexts.length} /Kids [${kids}] >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
    `<< ${info} >>`,
    ...spec.pageTexts.flatMap((text, page) => {
      const content = `BT /F1 24 Tf 72 700 Td ${literal(text)} Tj ET`;
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${firstPage + page * 2 + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
        `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
      ];
    }),
  ];
  const chunks = ["%PDF-1.7\n"];
  const offsets = bodies.map((body, index) => {
    const at = chunks.join("").length;
    chunks.push(`${index + 1} 0 obj\n${body}\nendobj\n`);
    return at;
  });
  const start = chunks.join("").length;
  const rows = offsets.map((offset) => `${offset.toString().padStart(10, "0")} 00000 n \n`).join("");
  chunks.push(`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${rows}`);
  chunks.push(
    `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${start}\n%%EOF\n`,
  );
  return Buffer.from(chunks.join(""), "latin1");
}
