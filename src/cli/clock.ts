import { UsageError } from '../core/errors.js';

/**
 * The one wall clock of every command. `DRILLBIT_NOW` (an ISO date-time)
 * stands in for it when set — for scripts and tests, as SOURCE_DATE_EPOCH
 * does for builds — and the clock then stands still at that instant.
 * Durations (how long an answer took) are measured with `elapsed()`, which
 * keeps running either way.
 */
export function now(): Date {
  return new Date(nowMs());
}

/** Milliseconds since the epoch, from `DRILLBIT_NOW` or the system clock. */
export function nowMs(): number {
  const fixed = process.env['DRILLBIT_NOW'];
  if (fixed === undefined || fixed === '') return Date.now();
  return parseNow(fixed);
}

/** A monotonic stopwatch, unaffected by `DRILLBIT_NOW`. */
export function elapsed(): () => number {
  const start = performance.now();
  return () => performance.now() - start;
}

function parseNow(text: string): number {
  // An ISO date-time with a time part; a bare date would mean UTC midnight, which surprises.
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new UsageError(`DRILLBIT_NOW is "${text}", not an ISO date-time; use a form like 2026-03-01T09:00:00+01:00, or unset it`);
  }
  return ms;
}
