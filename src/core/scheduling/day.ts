/**
 * Days as a learner counts them: local time, starting at `dayStartHour`
 * (default 4 am, as Anki), so a review at 1 am counts for the evening before.
 */
const HOUR = 3_600_000;

/** The learner's day a moment belongs to, as `YYYY-MM-DD` (local time). */
export function dayKey(at: Date, dayStartHour = 4): string {
  const shifted = new Date(at.getTime() - dayStartHour * HOUR);
  const y = shifted.getFullYear();
  const m = String(shifted.getMonth() + 1).padStart(2, '0');
  const d = String(shifted.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** When the learner's day containing `at` ends (the next day start, local time); `offset` days later. */
export function endOfDay(at: Date, dayStartHour = 4, offset = 0): Date {
  const shifted = new Date(at.getTime() - dayStartHour * HOUR);
  return new Date(shifted.getFullYear(), shifted.getMonth(), shifted.getDate() + 1 + offset, dayStartHour);
}

/** The day key `offset` days after the day of `at` (negative: before). */
export function dayKeyOffset(at: Date, offset: number, dayStartHour = 4): string {
  const shifted = new Date(at.getTime() - dayStartHour * HOUR);
  const moved = new Date(shifted.getFullYear(), shifted.getMonth(), shifted.getDate() + offset, 12);
  return dayKey(new Date(moved.getTime() + dayStartHour * HOUR), dayStartHour);
}
