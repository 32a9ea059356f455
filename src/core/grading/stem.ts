/** Porter stemming (the `stemmer` package) with a bounded memo, so repeated words cost a lookup. */
import { stemmer } from 'stemmer';
import { numberWordAsDigits } from './number-words.js';
import { boundedMemo } from './memo.js';

const memo = boundedMemo<string, string>(50_000);

/**
 * The Porter stem of one lower-case word; a number word is its digits, and
 * numbers and long tokens are returned as they are.
 */
export function stem(word: string): string {
  return memo(word, () => {
    // "two subnets" and "2 subnets" are one phrase.
    const digits = numberWordAsDigits(word);
    return digits !== word ? digits : word.length > 40 || !/^[a-z]+$/.test(word) ? word : stemmer(word);
  });
}
