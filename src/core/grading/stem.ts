/** Porter stemming (the `stemmer` package) with a bounded memo, so repeated words cost a lookup. */
import { stemmer } from 'stemmer';

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The Porter stem of one lower-case word; numbers and long tokens are returned as they are. */
export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const result = word.length > 40 || !/^[a-z]+$/.test(word) ? word : stemmer(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}
