/**
 * The daily goal as typed: a whole number of minutes from 0 to 1,440, or `undefined`.
 *
 * @example
 * parseDailyGoalMinutes(" 45 "); // 45
 */
export function parseDailyGoalMinutes(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const minutes = Number(trimmed);
  return minutes <= 1440 ? minutes : undefined;
}
