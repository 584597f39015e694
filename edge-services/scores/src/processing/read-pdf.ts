import { getDocumentProxy } from "unpdf";
import { z } from "zod";
import type { PageBox, PositionedText } from "./title-page";

/** Pages whose text is read for term suggestions: tempo and character marks show up early. */
export const TEXT_PAGES = 8;
const MAX_TEXT_CHARS = 100_000;

export interface PdfSummary {
  pageCount: number;
  title: string | undefined;
  author: string | undefined;
  /** Text of the first pages and the document's subject/keywords, for term look-ups. */
  text: string;
  /** Whether the pages read hold any letter: false for a scan, or a page of music glyphs only. */
  textFound: boolean;
  /** The first page's text items with their positions, for reading its header. */
  firstPage: { box: PageBox; items: PositionedText[] };
}

/** The PDF's Info dictionary as pdf.js hands it over: untyped, so parsed. */
const infoSchema = z.looseObject({
  Title: z.string().optional().catch(undefined),
  Author: z.string().optional().catch(undefined),
  Subject: z.string().optional().catch(undefined),
  Keywords: z.string().optional().catch(undefined),
});

const textItemSchema = z.object({
  str: z.string(),
  // [a, b, c, d, e, f]: e/f place the baseline's start, the length of (c, d) is the font size.
  transform: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]),
  width: z.number(),
});
const viewSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const READABLE = /\p{L}/u;

/** The file could not be read as a PDF (corrupt, encrypted, not a PDF after all). */
export class UnreadablePdfError extends Error {
  override readonly name = "UnreadablePdfError";
}

/**
 * Reads a PDF's page count, Info title/author and the text of its first pages with pdf.js
 * (through unpdf, which runs in workerd without a worker thread). Takes `bytes` over: the caller
 * must not use them afterwards. Parsing failures become `UnreadablePdfError`, a property of the
 * file that no retry will change.
 */
export async function readPdf(bytes: Uint8Array, pageCountLimit: number): Promise<PdfSummary> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes the buffer over (it may detach it): no copy, so a 50 MB score costs 50 MB once.
    pdf = await getDocumentProxy(bytes);
  } catch (error) {
    throw new UnreadablePdfError(error instanceof Error ? error.message : "unreadable PDF");
  }
  try {
    const pageCount = pdf.numPages;
    const firstPage: PdfSummary["firstPage"] = { box: { width: 0, height: 0 }, items: [] };
    if (pageCount > pageCountLimit) {
      return { pageCount, title: undefined, author: undefined, text: "", textFound: false, firstPage };
    }
    const info = infoSchema.safeParse((await pdf.getMetadata()).info);
    const meta = info.success ? info.data : {};
    const parts = [meta.Subject ?? "", meta.Keywords ?? ""];
    let length = 0;
    let textFound = false;
    for (
      let pageNumber = 1;
      pageNumber <= Math.min(pageCount, TEXT_PAGES) && length < MAX_TEXT_CHARS;
      pageNumber++
    ) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const items = content.items
        .map((item) => textItemSchema.safeParse(item))
        .flatMap((item) => (item.success ? [item.data] : []));
      if (pageNumber === 1) {
        const [x0, y0, x1, y1] = viewSchema.parse(page.view);
        firstPage.box = { width: x1 - x0, height: y1 - y0 };
        firstPage.items = items.map(({ str, transform: [, , c, d, x, y], width }) => ({
          str,
          x: x - x0,
          y: y - y0,
          fontSize: Math.hypot(c, d),
          width,
        }));
      }
      const pageText = items.map((item) => item.str).join(" ");
      textFound ||= READABLE.test(pageText);
      parts.push(pageText);
      length += pageText.length;
      page.cleanup();
    }
    return {
      pageCount,
      title: nonBlank(meta.Title),
      author: nonBlank(meta.Author),
      text: parts.join("\n").slice(0, MAX_TEXT_CHARS),
      textFound,
      firstPage,
    };
  } catch (error) {
    if (error instanceof UnreadablePdfError) throw error;
    throw new UnreadablePdfError(error instanceof Error ? error.message : "unreadable PDF");
  } finally {
    await pdf.loadingTask.destroy();
  }
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}
