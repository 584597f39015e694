/**
 * The musician's day of an instant. `Intl.DateTimeFormat` is the only source of zone rules (full
 * ICU ships with Node 20 and every browser); one formatter per zone is cached because building one
 * costs far more than using it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of an instant in a zone. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The wall-clock date and time of an instant in an IANA zone.
 *
 * @example
 * getLocalDateTime(Date.parse("2026-03-01T23:30:00Z"), "America/New_York").hour; // 18
 */
export function getLocalDateTime(instantMs: number, timeZone: string): LocalDateTime {
  const fields: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of getFormatter(timeZone).formatToParts(instantMs)) {
    if (part.type in fields && part.type !== "literal") Reflect.set(fields, part.type, Number(part.value));
  }
  return fields;
}

/**
 * The zone's offset from UTC at an instant, in ms (east positive: Berlin in winter is 3,600,000).
 *
 * @example
 * getZoneOffsetMs(Date.parse("2026-01-15T12:00:00Z"), "Pacific/Kiritimati"); // 50_400_000
 */
export function getZoneOffsetMs(instantMs: number, timeZone: string): number {
  const local = getLocalDateTime(instantMs, timeZone);
  const wallAsUtcMs = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  return wallAsUtcMs - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

/**
 * The musician's local date (`YYYY-MM-DD`) of an instant in their IANA zone. Never derive it from
 * the UTC date: 23:30 in New York is already tomorrow in UTC.
 *
 * @example
 * getLocalDate(Date.parse("2026-03-02T04:30:00Z"), "America/New_York"); // "2026-03-01"
 */
export function getLocalDate(instantMs: number, timeZone: string): string {
  const { year, month, day } = getLocalDateTime(instantMs, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
