/**
 * Text normalisation shared by every matcher: NFKC, lower case, escape and
 * control characters removed, contractions expanded, punctuation folded to
 * spaces (keeping what numbers, units and CIDR blocks need: `.` inside a
 * number, `/`, `%`, `-` inside a word), whitespace collapsed.
 * `normalize(normalize(x)) === normalize(x)`.
 */
import { sanitize } from './sanitize.js';
import { expandContractions } from './contractions.js';

const QUOTES = /[\u2018\u2019\u201b\u2032\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Anything that is not a letter, digit, or one of the kept marks becomes a space.
const PUNCT = /[^\p{L}\p{N}\s./%'+-]/gu;
// A dot that is not between two digits; a quote that is not inside a word.
const LOOSE_DOT = /\.(?!\d)|(?<!\d)\./g;
const LOOSE_QUOTE = /'(?![a-z])|(?<![a-z])'/g;
const LOOSE_DASH = /-(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])-(?!\d)/gu;
const LOOSE_SLASH = /\/(?!\d)/g;

/** The normalised form of one sentence or clause (no sentence boundaries are kept). */
export function normalize(text: string): string {
  let s = sanitize(text).normalize('NFKC').toLowerCase();
  s = s.replace(QUOTES, "'").replace(DASHES, '-');
  s = expandContractions(s);
  s = s.replace(PUNCT, ' ').replace(LOOSE_QUOTE, ' ').replace(LOOSE_DOT, ' ').replace(LOOSE_DASH, ' ').replace(LOOSE_SLASH, ' ');
  // A word followed by a slash-prefix is not a CIDR: "tcp/80" stays one token, but "read/write" splits.
  s = s.replace(/(\p{L})\/(\p{L})/gu, '$1 $2');
  s = s.replace(/'/g, '');
  return s.replace(/\s+/g, ' ').trim();
}
