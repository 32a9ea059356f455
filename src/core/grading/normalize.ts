/**
 * Text normalisation shared by every matcher: NFKC, lower case, escape and
 * control characters removed, contractions expanded, punctuation folded to
 * spaces — keeping what numbers, units and CIDR blocks need (`.` between
 * digits, `/` before a digit, `%`, `+`, `-` inside a word or before a
 * digit) — rates said as one word spelled with "per" ("hourly" → "per
 * hour"), and whitespace collapsed. `normalize(normalize(x)) === normalize(x)`.
 * One pass over the characters after the Unicode steps, so it stays linear.
 */
import { sanitize } from './sanitize.js';
import { expandContractions } from './contractions.js';

const QUOTES = /[\u2018\u2019\u201b\u2032\u0060\u00b4]/g;
const HYPHENS = /[\u2010-\u2012\u2212]/g;
// En and em dashes separate words: "ECS—the scheduler".
const DASHES = /[\u2013-\u2015]/g;
const NOT_ASCII = /[^\x20-\x7e\n\t]/;
// The multiplication sign is the letter x learners type for it: "80 × vCPU" is "80 x vCPU".
const TIMES = /\u00d7/g;
// A rate said as one word is the rate said with "per": "billed hourly" is "billed per hour".
const RATE_ADVERB = /\b(hour|dai|week|month|year)ly\b/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (isDigit(c) || isAsciiLower(c)) return true;
  return c > '\u007f' && LETTER_OR_DIGIT.test(c);
}

/** Three digits at `at`, then no further digit: the tail of "1,000". */
export function isThousands(s: string, at: number): boolean {
  return isDigit(s[at]) && isDigit(s[at + 1]) && isDigit(s[at + 2]) && !isDigit(s[at + 3]);
}

/** Keeps or drops one mark given its neighbours; returns what to emit. */
function mark(c: string, prev: string | undefined, next: string | undefined): string {
  switch (c) {
    case '.':
      return isDigit(prev) && isDigit(next) ? '.' : ' ';
    case '/':
      return isDigit(next) ? '/' : ' ';
    case '%':
    case '+':
      return c;
    case ',':
      // Thousands separator: "1,000" and "65,536" are one number (checked by the caller).
      return ' ';
    case '-':
      // "2-8 GB" is a range, like "2–8 GB": two numbers, not one word.
      if (isDigit(prev) && isDigit(next)) return ' ';
      return isWordChar(next) && (isWordChar(prev) || isDigit(next)) ? '-' : ' ';
    case "'":
      // Inside a word ("fargates" from "fargate's" was handled by contractions): join.
      return isAsciiLower(prev) && isAsciiLower(next) ? '' : ' ';
    default:
      return ' ';
  }
}

/** Note-taking shorthand written out: "w/o ECS" denies like "without", "fix w/ min instances" is "with". */
export const expandShorthand = (text: string): string =>
  /w\//i.test(text) ? text.replace(/\bw\/o\b/gi, 'without').replace(/\bw\//gi, 'with ') : text;

/** The normalised form of a piece of text (sentence boundaries are not kept). */
export function normalize(text: string): string {
  let s = sanitize(text);
  if (NOT_ASCII.test(s)) s = s.normalize('NFKC').replace(QUOTES, "'").replace(HYPHENS, '-').replace(DASHES, ' ').replace(TIMES, ' x ');
  s = expandContractions(s.toLowerCase());
  s = expandShorthand(s);
  if (s.includes('ly')) s = s.replace(RATE_ADVERB, (_, unit: string) => `per ${unit === 'dai' ? 'day' : unit}`);
  // Characters kept as they are stay in a pending run `s[run..i)`, copied in one slice: most of a text is such runs.
  let out = '';
  let run = 0;
  let space = true; // suppress leading and repeated spaces
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      space = false;
      continue;
    }
    if (code === 32 && !space) {
      space = true;
      continue;
    }
    const c = s[i]!;
    let emit: string;
    if (c === ' ' || c === '\n' || c === '\t') emit = ' ';
    else if (c > '\u007f' && LETTER_OR_DIGIT.test(c)) emit = c;
    else if (c > '\u007f' && /\s/.test(c)) emit = ' ';
    else if (c === ',' && isDigit(s[i - 1]) && isThousands(s, i + 1)) emit = '';
    else emit = mark(c, s[i - 1], s[i + 1]);
    if (emit === c && c !== ' ') {
      space = false;
      continue;
    }
    out += s.slice(run, i);
    run = i + 1;
    if (emit === ' ') {
      if (!space) out += ' ';
      space = true;
    } else if (emit) {
      out += emit;
      space = false;
    }
  }
  out += s.slice(run);
  if (out.endsWith(' ')) out = out.slice(0, -1);
  return TIME_UNIT.test(out) ? out.replace(TIME_UNITS, (_, n: string, unit: string) => `${n} ${TIME_NAMES[unit[0]!]}`) : out;
}

// "60 min", "30 sec", "2 hrs": a time unit after its number is one word however it is written, so that a phrasing
// of "60 minutes" meets "60 min". Not "min" before "instances" or "healthy" ("2 min instances" is a minimum).
const TIME_UNIT = /\d (?:m|s|h)/;
const TIME_UNITS = /\b(\d+(?:\.\d+)?) (min|mins|minute|sec|secs|second|s|hr|hrs|hour|h)\b(?! (?:instance|instances|healthy|healthypercent)\b)/g;
const TIME_NAMES: Record<string, string> = { m: 'minutes', s: 'seconds', h: 'hours' };
