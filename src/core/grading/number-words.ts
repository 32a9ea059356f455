/**
 * Number words as digits: "fifteen minutes" → "15 minutes", "two hundred and
 * fifty-one" → "251", "five ten" → "5 10". Shared by the exact kinds and the
 * unit parser.
 */
const SMALL = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const NUMBER_WORD = [...SMALL, ...TENS, 'hundred', 'thousand'].sort((a, b) => b.length - a.length).join('|');
const NUMBER_RUN = new RegExp(`\\b(?:${NUMBER_WORD})\\b(?:[ \\t-]+(?:and[ \\t-]+)?(?:${NUMBER_WORD})\\b)*`, 'gi');

const ONE_WORD = new Map([...SMALL.map((w, i): [string, string] => [w, String(i)]), ...TENS.map((w, i): [string, string] => [w, String((i + 2) * 10)])]);

/** The digits one number word stands for, zero to nineteen and the tens ("two" → "2"), else the word itself. */
export const numberWordAsDigits = (word: string): string => ONE_WORD.get(word) ?? word;

/** Reads one run of number words: "two hundred and fifty-one" → "251", "five ten" → "5 10". */
function readRun(run: string): string {
  const out: string[] = [];
  let total = 0;
  let current = 0;
  let last = '';
  let joiner = ' ';
  const flush = (): void => {
    if (last) out.push(`${out.length ? joiner : ''}${total + current}`);
    total = 0;
    current = 0;
    last = '';
  };
  let afterAnd = false;
  for (const w of run.toLowerCase().split(/[ \t-]+/)) {
    if (w === 'and') {
      afterAnd = true;
      continue;
    }
    const small = SMALL.indexOf(w);
    const kind = small >= 0 ? (small < 10 ? 'unit' : 'teen') : TENS.includes(w) ? 'ten' : w;
    const breaks =
      (afterAnd && last !== 'hundred' && last !== 'thousand') ||
      (kind === 'unit' && (last === 'unit' || last === 'teen')) ||
      ((kind === 'teen' || kind === 'ten') && (last === 'unit' || last === 'teen' || last === 'ten')) ||
      ((kind === 'hundred' || kind === 'thousand') && last === kind);
    if (breaks) {
      const sep = afterAnd ? ' and ' : ' ';
      flush();
      joiner = sep;
    }
    afterAnd = false;
    if (kind === 'hundred') current = (current || 1) * 100;
    else if (kind === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else current += small >= 0 ? small : (TENS.indexOf(w) + 2) * 10;
    last = kind;
  }
  flush();
  return out.join('');
}

/** Number words one to twenty, thirty … ninety, hundred, thousand written as digits. */
export function numberWordsToDigits(text: string): string {
  return text.replace(NUMBER_RUN, readRun);
}
