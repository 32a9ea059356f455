/**
 * What an answer is once it enters drillbit, from any door (stdin, a batch
 * file, plain review, a drill, the TUI editor, a saved draft): sanitized (no
 * escape sequence, control or bidi character can reach a terminal when it is
 * echoed back) and at most MAX_ANSWER_CHARS long, one limit everywhere.
 */
import { sanitize } from './grading/sanitize.js';
import { groupDigits } from './group-digits.js';

/** The longest answer drillbit grades or keeps, in characters. */
export const MAX_ANSWER_CHARS = 20_000;

/** The one-line notice when an answer was cut to the limit. */
export const ANSWER_CUT = `the answer is longer than ${groupDigits(MAX_ANSWER_CHARS)} characters (the limit); only the first ${groupDigits(MAX_ANSWER_CHARS)} are kept`;

/** `text` sanitized and cut to the limit; `cut` says whether anything was cut. */
export function cleanAnswer(text: string): { text: string; cut: boolean } {
  const clean = sanitize(text);
  return clean.length > MAX_ANSWER_CHARS ? { text: clean.slice(0, MAX_ANSWER_CHARS), cut: true } : { text: clean, cut: false };
}
