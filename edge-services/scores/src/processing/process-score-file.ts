import type { MetadataSuggestions } from "@mirubato/schema";
import type { Logger } from "@mirubato/worker-kit";
import { MAX_PDF_PAGES } from "../files/file-kind";
import type { ProcessingOutcome, ScoreFilesStore } from "../files/score-files.store";
import { findCatalogue } from "./catalogue-number";
import { usefulAuthor, usefulTitle } from "./pdf-info";
import { type PdfSummary, readPdf, UnreadablePdfError } from "./read-pdf";
import type { ScoreMessage } from "./score-message";
import { type SuggestTermsDeps, suggestTerms } from "./suggest-terms";
import { termCandidates } from "./term-candidates";
import { readTitlePage } from "./title-page";

export interface ProcessDeps {
  store: ScoreFilesStore;
  bucket: R2Bucket;
  terms: Omit<SuggestTermsDeps, "logger">;
  logger: Logger;
  now: () => number;
}

/**
 * Processes one uploaded file: a PDF's pages are counted and its title, author and music terms
 * offered as suggestions; an image is one page. Safe to run again for the same message: a file
 * already processed, failed or deleted is left alone, and two racing runs record one outcome.
 * A failure that retrying cannot fix (an unreadable PDF, too many pages, bytes gone) is recorded
 * as `failed` with its code; anything else throws, so the queue redelivers.
 */
export async function processScoreFile(deps: ProcessDeps, message: ScoreMessage): Promise<void> {
  const row = await deps.store.findOwned(message.userId, message.fileId);
  if (row === null || row.processing_status === "processed" || row.processing_status === "failed") return;
  await deps.store.markProcessing(row.id);
  const outcome = await outcomeFor(deps, row.r2_key, row.content_type);
  if (outcome.status === "failed" && outcome.failureCode === "too_many_pages") {
    // A refused file is not kept: its record stays to tell the musician why.
    await deps.bucket.delete(row.r2_key);
  }
  await deps.store.finish(row.id, outcome, deps.now());
  deps.logger.info("score file processed", {
    fileId: row.id,
    status: outcome.status,
    pageCount: outcome.pageCount,
    failureCode: outcome.status === "failed" ? outcome.failureCode : null,
  });
}

async function outcomeFor(deps: ProcessDeps, key: string, contentType: string): Promise<ProcessingOutcome> {
  if (contentType !== "application/pdf") {
    const head = await deps.bucket.head(key);
    if (head === null) return { status: "failed", failureCode: "missing_object", pageCount: null };
    return { status: "processed", pageCount: 1, suggestions: null };
  }
  const object = await deps.bucket.get(key);
  if (object === null) return { status: "failed", failureCode: "missing_object", pageCount: null };
  const bytes = new Uint8Array(await object.arrayBuffer());
  try {
    const pdf = await readPdf(bytes, MAX_PDF_PAGES);
    if (pdf.pageCount > MAX_PDF_PAGES) {
      return { status: "failed", failureCode: "too_many_pages", pageCount: pdf.pageCount };
    }
    const terms = await suggestTerms({ ...deps.terms, logger: deps.logger }, termCandidates(pdf.text));
    const suggestions: MetadataSuggestions = { ...metadataOf(pdf), terms: terms ?? [] };
    return { status: "processed", pageCount: pdf.pageCount, suggestions };
  } catch (error) {
    if (error instanceof UnreadablePdfError)
      return { status: "failed", failureCode: "unreadable", pageCount: null };
    throw error;
  }
}

/**
 * Title, composer and catalogue number: the Info dictionary's when it is the musician's words, the
 * first page's header otherwise (the Info title is often a program's default).
 */
export function metadataOf(pdf: PdfSummary): Omit<MetadataSuggestions, "terms"> {
  const page = readTitlePage(pdf.firstPage.items, pdf.firstPage.box);
  const infoTitle = usefulTitle(pdf.title);
  const title = infoTitle ?? page.title;
  const composer = usefulAuthor(pdf.author) ?? page.composer;
  const catalogue = page.catalogue ?? (infoTitle === undefined ? undefined : findCatalogue(infoTitle));
  return {
    ...(title === undefined ? {} : { title }),
    ...(composer === undefined ? {} : { composer }),
    ...(catalogue === undefined ? {} : { catalogue }),
    textFound: pdf.textFound,
  };
}
