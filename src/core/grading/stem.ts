/** Porter stemming (the `stemmer` package) with a bounded memo, so repeated words cost a lookup. */
import { stemmer } from 'stemmer';
import { numberWordAsDigits } from './number-words.js';

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/**
 * The Porter stem of one lower-case word; a number word is its digits, and
 * numbers and long tokens are returned as they are.
 */
export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  // "two subnets" and "2 subnets" are one phrase.
  const digits = numberWordAsDigits(word);
  const result = digits !== word ? digits : word.length > 40 || !/^[a-z]+$/.test(word) ? word : stemmer(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}
