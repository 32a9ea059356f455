/**
 * Removes what must never be echoed back to a terminal: ANSI escape
 * sequences (CSI, OSC, and the DCS, SOS, PM and APC strings), other control
 * characters (C0 but tab and newline, DEL, C1), bidirectional overrides and
 * isolates, and zero-width characters. Newlines and tabs survive as plain
 * whitespace. This is the one sanitizer for everything shown that came from
 * a user or a deck file. Linear time: every pattern is a bounded character
 * class with no nested quantifier.
 */
// CSI: ESC [ params final-byte; OSC: ESC ] ... BEL or ESC \ (bounded, so no backtracking blow-up).
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
const OSC = /(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]{0,4096}(?:\u0007|\u001b\\|\u009c)?/g;
// DCS (ESC P), SOS (ESC X), PM (ESC ^), APC (ESC _): strings up to ST, dropped whole.
const STRINGS = /(?:\u001b[PX^_]|[\u0090\u0098\u009e\u009f])[^\u001b\u009c]{0,4096}(?:\u001b\\|\u009c)?/g;
const ESC_OTHER = /\u001b[ -~]?/g;
// C0 (except \t \n), DEL, C1, bidi marks/overrides/isolates, zero-width characters, BOM.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

// Fast path: plain text has nothing to strip.
const NEEDS_WORK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** `text` with escape sequences and control characters removed; `\r\n`, `\r` and U+2028/9 become `\n`. */
export function sanitize(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(OSC, '')
    .replace(STRINGS, '')
    .replace(CSI, '')
    .replace(ESC_OTHER, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '');
}

/** `value` with every string in it (deep: arrays and plain objects) sanitized; other values as they are. */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map(sanitizeDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitizeDeep(v);
    return out as T;
  }
  return value;
}
