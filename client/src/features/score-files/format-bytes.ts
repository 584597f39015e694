const units = ["kilobyte", "megabyte", "gigabyte"] as const;

/**
 * A byte count for people, in decimal units as storage settings show them: "0.8 kB", "12 MB",
 * "1.5 GB" (one decimal below ten). Never plain bytes: a score file is always kilobytes or more.
 *
 * @example
 * formatBytes(1_500_000_000, "en"); // "1.5 GB"
 */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
