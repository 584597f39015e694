import { describe, expect, test } from "vitest";
import { sniffContentType } from "./file-kind";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part)),
  );

describe("sniffContentType", () => {
  test.each([
    ["a PDF", bytes("%PDF-1.4\n%"), "application/pdf"],
    ["a PNG", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image/png"],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF"), "image/jpeg"],
    ["a WebP", bytes("RIFF", [36, 0, 0, 0], "WEBPVP8 "), "image/webp"],
  ])("recognises %s by its magic bytes", (_, input, expected) => {
    expect(sniffContentType(input)).toBe(expected);
  });

  test.each([
    ["a PDF signature that does not start the file", bytes(" %PDF-1.4")],
    ["another RIFF form (WAVE)", bytes("RIFF", [36, 0, 0, 0], "WAVEfmt ")],
    ["a GIF", bytes("GIF89a")],
    ["a truncated PNG signature", bytes([0x89], "PNG")],
    ["nothing", bytes()],
  ])("refuses %s", (_, input) => {
    expect(sniffContentType(input)).toBeNull();
  });
});
