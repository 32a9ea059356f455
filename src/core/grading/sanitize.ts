/**
 * Removes what must never be echoed back to a terminal: ANSI escape
 * sequences (CSI, OSC, single-character escapes) and other control
 * characters. Newlines and tabs survive as plain whitespace. Linear time:
 * every pattern is a bounded character class with no nested quantifier.
 */
// CSI: ESC [ params final-byte; OSC: ESC ] ... BEL or ESC \ (bounded, so no backtracking blow-up).
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;
const OSC = /(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]{0,4096}(?:\u0007|\u001b\\|\u009c)?/g;
const ESC_OTHER = /\u001b[@-_]?/g;
// C0 (except \t \n \r), DEL, C1, plus bidi overrides and zero-width characters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

// Fast path: plain text has nothing to strip.
const NEEDS_WORK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** `text` with escape sequences and control characters removed; `\r\n` and `\r` become `\n`. */
export function sanitize(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(CSI, '')
    .replace(OSC, '')
    .replace(ESC_OTHER, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '');
}
