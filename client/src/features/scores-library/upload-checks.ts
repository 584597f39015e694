/**
 * What the library refuses before sending a byte, by the Scores worker's limits (DESIGN.md §6):
 * a PDF up to 50 MB, an image (JPEG/PNG/WebP) up to 10 MB, at most 50 MB of images in one batch.
 * The worker checks again by magic bytes; this only spares the musician a doomed upload.
 */

const megabyte = 1024 * 1024;
export const uploadLimits = {
  pdfBytes: 50 * megabyte,
  imageBytes: 10 * megabyte,
  imageBatchBytes: 50 * megabyte,
} as const;

/** What the file picker offers. */
export const acceptedFileTypes = "application/pdf,image/jpeg,image/png,image/webp,.pdf,.jpg,.jpeg,.png,.webp";

export type ScoreFileKind = "pdf" | "image";

export type FileCheck =
  | { readonly ok: true; readonly kind: ScoreFileKind }
  | {
      readonly ok: false;
      readonly reason: "unsupported_type" | "pdf_too_large" | "image_too_large" | "batch_too_large";
    };

export interface CandidateFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

const imageTypes = new Set(["image/jpeg", "image/png", "image/webp"]);
const imageExtensions = /\.(?:jpe?g|png|webp)$/i;

/** The kind a file claims by its type, or by its name when the browser gave no type. */
export function kindOfFile(file: CandidateFile): ScoreFileKind | undefined {
  if (file.type === "application/pdf") return "pdf";
  if (imageTypes.has(file.type)) return "image";
  if (file.type !== "" && file.type !== "application/octet-stream") return undefined;
  if (/\.pdf$/i.test(file.name)) return "pdf";
  return imageExtensions.test(file.name) ? "image" : undefined;
}

/**
 * Checks a batch in order: each file by its kind's limit, then images against what is left of the
 * batch's 50 MB, so the images that fit are still sent.
 *
 * @example
 * checkFiles([{ name: "big.pdf", type: "application/pdf", size: 60 * 1024 * 1024 }]);
 * // [{ ok: false, reason: "pdf_too_large" }]
 */
export function checkFiles(files: readonly CandidateFile[]): FileCheck[] {
  let imageBytes = 0;
  return files.map((file): FileCheck => {
    const kind = kindOfFile(file);
    if (kind === undefined) return { ok: false, reason: "unsupported_type" };
    if (kind === "pdf")
      return file.size > uploadLimits.pdfBytes ? { ok: false, reason: "pdf_too_large" } : { ok: true, kind };
    if (file.size > uploadLimits.imageBytes) return { ok: false, reason: "image_too_large" };
    if (imageBytes + file.size > uploadLimits.imageBatchBytes)
      return { ok: false, reason: "batch_too_large" };
    imageBytes += file.size;
    return { ok: true, kind };
  });
}
