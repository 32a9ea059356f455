/**
 * Text → lowercase word list for reference-only scoring. Linear time, no
 * backtracking regular expressions, safe on any input (control characters and
 * ANSI escapes are dropped, contractions expanded, punctuation removed).
 */

/** Characters of a text looked at; the rest is ignored (bounds the work on huge input). */
export const MAX_TEXT_CHARS = 100_000;

/** Longest word kept; longer runs (e.g. 1 MB of one letter) are cut to this. */
export const MAX_WORD_LENGTH = 40;

const CONTRACTIONS: ReadonlyMap<string, string[]> = new Map([
  ["can't", ['can', 'not']],
  ["cannot", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["ain't", ['is', 'not']],
  ["let's", ['let', 'us']],
]);

const SUFFIXES: ReadonlyArray<[string, string]> = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'m", 'am'],
  ["'d", 'would'],
  ["'s", ''],
];

/** ANSI CSI/OSC escape sequences (linear: each alternative is anchored at ESC). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-9;?]*[ -\/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?)/g;

/** Separators: anything but letters, digits, apostrophes, `+` and `#` (C++, C#). Linear. */
const SEPARATORS = /[^\p{L}\p{N}+#']+/u;

function expand(word: string, out: string[]): void {
  const whole = CONTRACTIONS.get(word);
  if (whole) {
    out.push(...whole);
    return;
  }
  if (word.includes("'")) {
    for (const [suffix, full] of SUFFIXES) {
      if (word.endsWith(suffix) && word.length > suffix.length) {
        out.push(...splitApostrophes(word.slice(0, -suffix.length)));
        if (full) out.push(full);
        return;
      }
    }
    out.push(...splitApostrophes(word));
    return;
  }
  out.push(word);
}

function splitApostrophes(word: string): string[] {
  return word.split("'").filter((w) => w.length > 0);
}

/**
 * Splits `text` into normalized lowercase words (NFKC, apostrophes unified,
 * contractions expanded: `isn't` → `is not`). Pure and linear in the input.
 */
export function words(text: string): string[] {
  const s = text
    .slice(0, MAX_TEXT_CHARS)
    .replace(ANSI, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060]/g, "'");
  const out: string[] = [];
  for (const raw of s.split(SEPARATORS)) {
    let start = 0;
    let end = Math.min(raw.length, MAX_WORD_LENGTH);
    while (start < end && (raw[start] === "'" || raw[start] === '+' || raw[start] === '#')) start++;
    while (end > start && raw[end - 1] === "'") end--;
    if (end > start) expand(raw.slice(start, end), out);
  }
  return out;
}
