import { describe, expect, test } from "vitest";
import { ApiError } from "../../api/api-error";
import { ScoresApiError, scoresErrorFrom } from "../../api/scores-client";
import { failureFromError, failureMessage, isRetryable } from "./upload-failure";

const envelope = (code: string) => ({ error: { code, message: code } });

describe("scoresErrorFrom", () => {
  test("reads the server's code from the envelope", () => {
    expect(scoresErrorFrom(413, envelope("payload_too_large"), null).code).toBe("payload_too_large");
  });

  test("reads the import codes and the rate limit's wait", () => {
    expect(scoresErrorFrom(403, envelope("url_not_allowed"), null).code).toBe("url_not_allowed");
    const limited = scoresErrorFrom(429, envelope("rate_limited"), "420");
    expect([limited.code, limited.retryAfterSec]).toEqual(["rate_limited", 420]);
  });

  test("falls back to the status when the body is not an envelope", () => {
    expect(scoresErrorFrom(502, "<html>Bad gateway</html>", null).code).toBe("internal");
    expect(scoresErrorFrom(415, "<html>", null).code).toBe("unsupported_media_type");
    expect(scoresErrorFrom(500, undefined, null).code).toBe("internal");
  });
});

describe("failureMessage", () => {
  test("a file refused before sending names the limit", () => {
    expect(failureMessage({ kind: "check", reason: "pdf_too_large" })).toEqual({
      key: "scores.error.pdfTooLarge",
    });
  });

  test("each server code has its own sentence", () => {
    const keyOf = (code: string) =>
      failureMessage(failureFromError(scoresErrorFrom(400, envelope(code), null))).key;
    expect(keyOf("payload_too_large")).toBe("scores.error.tooLarge");
    expect(keyOf("unsupported_media_type")).toBe("scores.error.notScoreFile");
    expect(keyOf("unauthorized")).toBe("scores.error.signedOut");
    expect(keyOf("invalid_request")).toBe("scores.error.invalid");
    expect(keyOf("url_not_allowed")).toBe("scores.error.urlNotAllowed");
    expect(keyOf("too_many_redirects")).toBe("scores.error.tooManyRedirects");
    expect(keyOf("fetch_failed")).toBe("scores.error.fetchFailed");
    expect(keyOf("internal")).toBe("scores.error.failed");
  });

  test("the rate limit says how many minutes to wait, rounded up", () => {
    const failure = failureFromError(new ScoresApiError("rate_limited", "slow down", 429, 61));
    expect(failureMessage(failure)).toEqual({ key: "scores.error.rateLimitedWait", params: { minutes: 2 } });
  });

  test("no answer at all reads as offline", () => {
    expect(failureMessage(failureFromError(new ApiError("network", "failed"))).key).toBe(
      "scores.error.offline",
    );
  });

  test("processing failures say why", () => {
    expect(failureMessage({ kind: "processing", failureCode: "unreadable" }).key).toBe(
      "scores.error.unreadable",
    );
  });
});

test("failureFromError rethrows what is not an API error (a bug)", () => {
  expect(() => failureFromError(new TypeError("boom"))).toThrow(TypeError);
});

test("only failures that can turn out differently are retryable", () => {
  expect(isRetryable({ kind: "server", code: "network" })).toBe(true);
  expect(isRetryable({ kind: "server", code: "payload_too_large" })).toBe(false);
  expect(isRetryable({ kind: "processing", failureCode: "processing_gave_up" })).toBe(true);
  expect(isRetryable({ kind: "processing", failureCode: "unreadable" })).toBe(false);
});
