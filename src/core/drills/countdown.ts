/**
 * A drill's countdown as a pure function of start time and now: no timers
 * here; the TUI hook or the plain loop owns the clock and asks.
 */

/** Remaining time of a timed attempt. */
export interface Countdown {
  /** Milliseconds left, never below 0. */
  remainingMs: number;
  /** `running`, `warning` in the last minute, `expired` at zero. */
  state: 'running' | 'warning' | 'expired';
  /** `m:ss` of the remaining time, rounded up to the second. */
  label: string;
}

/** The last minute is shown in a warning colour. */
export const WARNING_MS = 60_000;

/**
 * Time left at `now` for an attempt started at `startedAt` with `limitMs`,
 * not counting `pausedMs` spent paused (e.g. between a crash and the resume).
 */
export function remaining(startedAt: number, now: number, limitMs: number, pausedMs = 0): Countdown {
  const elapsed = Math.max(0, now - startedAt - pausedMs);
  const remainingMs = Math.max(0, limitMs - elapsed);
  const state = remainingMs === 0 ? 'expired' : remainingMs <= WARNING_MS ? 'warning' : 'running';
  return { remainingMs, state, label: formatClock(remainingMs) };
}

/** `m:ss`, rounding up so the clock shows 0:00 only at expiry. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
