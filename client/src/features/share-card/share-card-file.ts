/**
 * Turning a drawn card into a PNG and handing it over: the Web Share API where the browser can
 * share files (phones), a download everywhere else.
 */

import type { ShareCardData } from "@mirubato/domain";
import { drawShareCard, type ShareCardText, shareCardSizePx } from "./draw-share-card";

/** Draws the card on a detached canvas and encodes it as PNG. */
export function renderShareCardPng(data: ShareCardData, text: ShareCardText): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = shareCardSizePx;
  canvas.height = shareCardSizePx;
  const context = canvas.getContext("2d");
  if (context === null) return Promise.reject(new Error("canvas 2D is not available"));
  drawShareCard(context, data, text);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error("the card could not be encoded")) : resolve(blob)),
      "image/png",
    );
  });
}

/** Whether this browser can share this file through the system share sheet. */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === "function" && navigator.canShare({ files: [file] });
}

/** Saves the file through a temporary link (works offline; nothing leaves the device). */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
