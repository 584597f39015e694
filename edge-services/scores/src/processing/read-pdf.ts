import { getDocumentProxy } from "unpdf";
import { z } from "zod";

/** Pages whose text is read for term suggestions: tempo and character marks show up early. */
export const TEXT_PAGES = 8;
const MAX_TEXT_CHARS = 100_000;

export interface PdfSummary {
  pageCount: number;
  title: string | undefined;
  author: string | undefined;
  /** Text of the first pages and the document's subject/keywords, for term look-ups. */
  text: string;
}

/** The PDF's Info dictionary as pdf.js hands it over: untyped, so parsed. */
const infoSchema = z.looseObject({
  Title: z.string().optional().catch(undefined),
  Author: z.string().optional().catch(undefined),
  Subject: z.string().optional().catch(undefined),
  Keywords: z.string().optional().catch(undefined),
});

const textItemSchema = z.object({ str: z.string() });

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
    if (pageCount > pageCountLimit) return { pageCount, title: undefined, author: undefined, text: "" };
    const info = infoSchema.safeParse((await pdf.getMetadata()).info);
    const meta = info.success ? info.data : {};
    const parts = [meta.Subject ?? "", meta.Keywords ?? ""];
    let length = 0;
    for (
      let pageNumber = 1;
      pageNumber <= Math.min(pageCount, TEXT_PAGES) && length < MAX_TEXT_CHARS;
      pageNumber++
    ) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const pageText = content.items
        .map((item) => textItemSchema.safeParse(item))
        .flatMap((item) => (item.success ? [item.data.str] : []))
        .join(" ");
      parts.push(pageText);
      length += pageText.length;
      page.cleanup();
    }
    return {
      pageCount,
      title: nonBlank(meta.Title),
      author: nonBlank(meta.Author),
      text: parts.join("\n").slice(0, MAX_TEXT_CHARS),
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
