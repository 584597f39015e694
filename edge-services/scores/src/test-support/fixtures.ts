/**
 * Small but valid files for tests: a PDF written by hand (catalog, page tree, one content stream
 * per page with real text, an Info dictionary, a correct cross-reference table), a real 1×1 PNG
 * and WebP, and a JPEG made of its markers.
 */
export interface PdfOptions {
  /** One entry per page: the text drawn on it. */
  pages: string[];
  title?: string;
  author?: string;
}

const escapePdfString = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);

export function tinyPdf({ pages, title, author }: PdfOptions): Uint8Array {
  const objects: string[] = [];
  const pageCount = pages.length;
  // 1 catalog, 2 page tree, 3 font, 4 info, then page i at 5 + 2i and its content at 6 + 2i.
  const pageRef = (index: number) => `${5 + 2 * index} 0 R`;
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(
    `<< /Type /Pages /Kids [${pages.map((_, index) => pageRef(index)).join(" ")}] /Count ${pageCount} >>`,
  );
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  const info = [
    title === undefined ? "" : `/Title (${escapePdfString(title)})`,
    author === undefined ? "" : `/Author (${escapePdfString(author)})`,
  ].join(" ");
  objects.push(`<< ${info} >>`);
  pages.forEach((text, index) => {
    const stream = `BT /F1 18 Tf 72 720 Td (${escapePdfString(text)}) Tj ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${6 + 2 * index} 0 R >>`,
    );
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });

  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export const fromBase64 = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

export const PNG_1X1 = fromBase64(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
);
export const WEBP_1X1 = fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
/** SOI, an APP0/JFIF segment and EOI: a JPEG by its markers. */
export const JPEG_MARKERS = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
  0x00, 0x00, 0xff, 0xd9,
]);

/** `bytes` with one byte changed at the end, so its sha256 differs but its kind does not. */
export function variant(bytes: Uint8Array, seed: number): Uint8Array {
  const copy = new Uint8Array(bytes.byteLength + 1);
  copy.set(bytes);
  copy[bytes.byteLength] = seed % 256;
  return copy;
}
