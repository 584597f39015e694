import { expect, test } from "vitest";
import { summarizeUserAgent } from "./user-agent-summary";

test.each([
  ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox on macOS"],
  [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36 Edg/126.0",
    "Edge on Windows",
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Safari/604.1",
    "Safari on iOS",
  ],
  ["curl/8.5.0", "curl"],
  ["something else", "Unknown browser"],
])("summarises %s", (header, summary) => {
  expect(summarizeUserAgent(header)).toBe(summary);
});

test("no header, no summary", () => {
  expect(summarizeUserAgent(undefined)).toBeNull();
});
