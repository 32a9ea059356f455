/**
 * Word n-gram overlap of an answer and a reference over ALL their words
 * (function words included, each word stemmed): "will stay lit" and "would
 * burn out" share no bigram even where the content words half agree. Word
 * order and the small words that carry a claim (more, not, than) count here,
 * which the content-term features ignore.
 */
import { stem } from './terms.js';

/** Longest n-gram measured (unigrams, bigrams, trigrams). */
export const MAX_GRAM = 3;

/** Words of an answer beyond this many are ignored (bounds the work). */
export const MAX_GRAM_WORDS = 5_000;

/** The distinct n-grams of stemmed words, for n = 1..MAX_GRAM (index n - 1). */
export function gramSets(ws: readonly string[]): Set<string>[] {
  const n = Math.min(ws.length, MAX_GRAM_WORDS);
  const stems: string[] = new Array(n);
  for (let i = 0; i < n; i++) stems[i] = stem(ws[i]!);
  const one = new Set(stems);
  const two = new Set<string>();
  const three = new Set<string>();
  // Plain concatenation: this runs on every answer word, and slice/join would allocate twice per n-gram.
  for (let i = 0; i + 1 < n; i++) {
    const pair = stems[i]! + ' ' + stems[i + 1]!;
    two.add(pair);
    if (i + 2 < n) three.add(pair + ' ' + stems[i + 2]!);
  }
  return [one, two, three];
}

/**
 * Recall and precision of the reference's n-grams for n = 1..MAX_GRAM, as
 * [recall1, precision1, recall2, precision2, recall3, precision3]. Pure.
 */
export function gramOverlap(reference: readonly ReadonlySet<string>[], answerWords: readonly string[]): number[] {
  const answer = gramSets(answerWords);
  const out: number[] = [];
  for (let n = 0; n < MAX_GRAM; n++) {
    const ref = reference[n]!;
    const ans = answer[n]!;
    let common = 0;
    for (const g of ans) if (ref.has(g)) common++;
    out.push(ref.size ? common / ref.size : 0, ans.size ? common / ans.size : 0);
  }
  return out;
}
