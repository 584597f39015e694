/**
 * Locale-agnostic duration numbers. Words and separators ("1 h 5 min", "1 Std. 5 Min.") belong to
 * the client's `Intl` formatting; the domain only hands it the numbers.
 */

/** A duration split into whole hours, minutes and seconds. */
export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * Splits a duration into hours, minutes and seconds (negative input counts as zero).
 *
 * @example
 * getDurationParts(3_909); // { hours: 1, minutes: 5, seconds: 9 }
 */
export function getDurationParts(durationSec: number): DurationParts {
  const totalSec = Math.max(0, Math.floor(durationSec));
  return {
    hours: Math.floor(totalSec / 3600),
    minutes: Math.floor((totalSec % 3600) / 60),
    seconds: totalSec % 60,
  };
}

/**
 * A stopwatch reading `H:MM:SS` (or `M:SS` under an hour): digits only, the same in every language.
 *
 * @example
 * formatStopwatch(3_909); // "1:05:09"
 * formatStopwatch(59); // "0:59"
 */
export function formatStopwatch(durationSec: number): string {
  const { hours, minutes, seconds } = getDurationParts(durationSec);
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/**
 * Seconds to whole minutes, rounded half up, for totals shown in minutes.
 *
 * @example
 * toRoundedMinutes(90); // 2
 */
export function toRoundedMinutes(durationSec: number): number {
  return Math.round(durationSec / 60);
}

/**
 * Seconds to hours with one decimal, for totals shown in hours.
 *
 * @example
 * toRoundedHours(5_400); // 1.5
 */
export function toRoundedHours(durationSec: number): number {
  return Math.round(durationSec / 360) / 10;
}
