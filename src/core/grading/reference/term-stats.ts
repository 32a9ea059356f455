/** Document frequencies for IDF weighting of reference terms. */
import { contentTerms } from './terms.js';
import { boundedMemo, type Memo } from '../memo.js';

/** How many documents contain each stem (built with `buildTermStats`). */
export interface TermStats {
  /** Number of documents counted. */
  documents: number;
  /** Stem → number of documents containing it. */
  df: ReadonlyMap<string, number>;
}

/**
 * Counts, for each content stem, the documents it occurs in (e.g. a deck's
 * answers and prompts). Pure; each document counts a stem once.
 */
export function buildTermStats(documents: readonly string[]): TermStats {
  const df = new Map<string, number>();
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const t of contentTerms(doc)) seen.add(t.stem);
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  return { documents: documents.length, df };
}

/** Smoothed inverse document frequency of `stem` (≥ 1; unseen terms get the most). */
export function idf(stats: TermStats, stem: string): number {
  const df = stats.df.get(stem) ?? 0;
  return 1 + Math.log((stats.documents + 1) / (df + 1));
}

const idfMemos = new WeakMap<TermStats, Memo<string, number>>();

/** `idf` memoised per statistics object (bounded). */
export function cachedIdf(stats: TermStats, stem: string): number {
  let memo = idfMemos.get(stats);
  if (!memo) idfMemos.set(stats, (memo = boundedMemo(100_000)));
  return memo(stem, () => idf(stats, stem));
}
