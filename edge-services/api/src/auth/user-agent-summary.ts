/**
 * "Firefox on macOS": enough for a person to recognise a device in the sessions list, without
 * storing the raw User-Agent header (a fingerprinting aid).
 */
const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/curl\//, "curl"],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Windows/, "Windows"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

const firstMatch = (value: string, table: [RegExp, string][]) =>
  table.find(([pattern]) => pattern.test(value))?.[1];

export function summarizeUserAgent(header: string | undefined): string | null {
  if (!header) return null;
  const browser = firstMatch(header, BROWSERS) ?? "Unknown browser";
  const system = firstMatch(header, SYSTEMS);
  return system ? `${browser} on ${system}` : browser;
}
