/**
 * Typo tolerance. Only words of 5 letters or more are ever corrected (so
 * "ECS" and "EKS" never collide), and only towards a word the card's rubric
 * actually uses, within a small edit distance. fuse.js proposes the candidate,
 * a bounded Damerau-Levenshtein check confirms it.
 */
import Fuse from 'fuse.js';
import { stem } from './stem.js';
import { boundedMemo } from './memo.js';

const MIN_LENGTH = 5;
const CACHE_LIMIT = 5_000;

/** Maximum edits allowed for a word of this length. */
export const maxEdits = (length: number): number => (length >= 9 ? 2 : 1);

/** Optimal string alignment distance, giving up early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Maps a misspelt answer word onto the rubric word it was meant to be. Built once per card. */
export class FuzzyVocabulary {
  private readonly fuse: Fuse<string>;
  private readonly stems: Set<string>;
  private readonly memo = boundedMemo<string, string | undefined>(CACHE_LIMIT);

  constructor(words: Iterable<string>) {
    const long = [...new Set([...words].filter((w) => w.length >= MIN_LENGTH && /^[a-z]+$/.test(w)))];
    this.stems = new Set(long.map(stem));
    this.fuse = new Fuse(long, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 3 });
  }

  /** The stem of the rubric word `word` stands for, or undefined when it is not a near miss. */
  correct(word: string, wordStem: string): string | undefined {
    if (word.length < MIN_LENGTH || word.length > 30 || this.stems.has(wordStem) || !/^[a-z]+$/.test(word)) return undefined;
    return this.memo(word, () => {
      const limit = maxEdits(word.length);
      for (const candidate of this.fuse.search(word, { limit: 5 })) {
        const target = candidate.item;
        if (target[0] === word[0] && editDistance(word, target, limit) <= limit) return stem(target);
      }
      return undefined;
    });
  }
}
