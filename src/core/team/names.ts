/**
 * Player names as every terminal will show them: escape sequences and control
 * characters removed (core/grading's sanitize), one line, trimmed, cut to
 * MAX_NAME_CHARS, and made unique in the session.
 */
import { sanitize } from '../grading/sanitize.js';
import { MAX_NAME_CHARS } from './limits.js';

/** One clean line of at most `max` characters (by code point, so no half emoji). */
export function oneLine(text: string, max: number): string {
  const flat = sanitize(text).replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : chars.slice(0, max).join('').trimEnd();
}

/** A display name: clean, non-empty, and different from every name in `taken`. */
export function uniqueName(wanted: string, taken: readonly string[], fallback: string): string {
  const base = oneLine(wanted, MAX_NAME_CHARS) || fallback;
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${[...base].slice(0, MAX_NAME_CHARS - suffix.length).join('')}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
