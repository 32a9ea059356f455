/** Porter stemming (the `stemmer` package) with a bounded memo, so repeated words cost a lookup. */
import { stemmer } from 'stemmer';

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Number words zero to twenty and the tens, as digits: "two subnets" and "2 subnets" are one phrase. */
const NUMBER_WORDS = new Map(
  [
    ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
      .split(' ')
      .map((w, i) => [w, String(i)] as const),
    ...'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, String(30 + 10 * i)] as const),
  ],
);

/** The digits a number word stands for ("two" → "2"), else the word itself. */
export const numberWordAsDigits = (word: string): string => NUMBER_WORDS.get(word) ?? word;

/**
 * The Porter stem of one lower-case word; a number word is its digits, and
 * numbers and long tokens are returned as they are.
 */
export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const result = NUMBER_WORDS.get(word) ?? (word.length > 40 || !/^[a-z]+$/.test(word) ? word : stemmer(word));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}
