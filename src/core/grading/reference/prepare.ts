/** Per-reference precomputation (key terms, weights), cached by input. */
import { contentTerms } from './terms.js';
import { words } from './normalize.js';
import { cachedIdf, type TermStats } from './term-stats.js';
import { fallbackIdf } from './fallback-idf.js';
import { groupsOfStem } from './related.js';
import { gramSets } from './ngrams.js';
import { scopedStems } from './scoped.js';
import { boundedMemo, type Memo } from '../memo.js';

/**
 * Credit multiplier for a reference term that also appears in the question
 * (Mohler et al. 2011 "question demoting": repeating the question earns little).
 */
export const QUESTION_DEMOTE = 0.25;

/** A key term of the reference answer. */
export interface KeyTerm {
  stem: string;
  /** The word as the reference writes it (for feedback). */
  surface: string;
  /** Credit weight: IDF × question demoting. */
  weight: number;
  /** The question does not already use it. */
  novel: boolean;
  /** WordNet groups of the stem (see related.ts). */
  groups: readonly number[];
}

/** Everything about a reference that does not depend on the answer. */
export interface PreparedReference {
  terms: KeyTerm[];
  totalWeight: number;
  questionStems: Set<string>;
  /** Number of content words in the reference. */
  length: number;
  /** The reference's normalized words joined by spaces (identity check). */
  normalized: string;
  /** Number of normalized words in the reference. */
  wordCount: number;
  weightOf: (stem: string) => number;
  /** Key stems (question words left out) of each statement of the reference. */
  statements: string[][];
  /** The reference's distinct word n-grams, n = 1..3 (ngrams.ts). */
  grams: Set<string>[];
  /** Stems the reference mentions only in a negated scope ("salt does not evaporate"): negation.ts. */
  negatedStems: Set<string>;
}

// A reference often makes two statements ("The water evaporated. The salt was left."); an
// answer that makes one of them fully is closer to correct than its overall recall says.
const STATEMENT_BREAK = /[.;!?]\s+|\bso\b|\bbecause\b/i;

const CACHE_LIMIT = 2_000;
/** References (+ question) longer than this are prepared each time rather than cached. */
const CACHE_MAX_KEY = 20_000;
// One memo per statistics object (weights differ between decks), one without.
const memos = new WeakMap<TermStats, Memo<string, PreparedReference>>();
const plainMemo = boundedMemo<string, PreparedReference>(CACHE_LIMIT);

function memoFor(stats: TermStats | undefined): Memo<string, PreparedReference> {
  if (!stats) return plainMemo;
  let memo = memos.get(stats);
  if (!memo) memos.set(stats, (memo = boundedMemo(CACHE_LIMIT)));
  return memo;
}

/** Prepares (or returns the cached preparation of) a reference answer. Pure. */
export function prepareReference(reference: string, question = '', stats?: TermStats): PreparedReference {
  const key = `${question}\u0000${reference}`;
  if (key.length > CACHE_MAX_KEY) return build(reference, question, stats);
  return memoFor(stats)(key, () => build(reference, question, stats));
}

function build(reference: string, question: string, stats: TermStats | undefined): PreparedReference {
  const weightOf = (s: string): number => (stats ? cachedIdf(stats, s) : fallbackIdf(s));
  const questionStems = new Set(contentTerms(question).map((t) => t.stem));
  const refTerms = contentTerms(reference);
  const byStem = new Map<string, KeyTerm>();
  for (const t of refTerms) {
    if (byStem.has(t.stem)) continue;
    const novel = !questionStems.has(t.stem);
    byStem.set(t.stem, { stem: t.stem, surface: t.surface, weight: weightOf(t.stem) * (novel ? 1 : QUESTION_DEMOTE), novel, groups: groupsOfStem(t.stem) });
  }
  const terms = [...byStem.values()];
  const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
  const refWords = words(reference);
  const normalized = refWords.join(' ');
  const statements = reference
    .split(STATEMENT_BREAK)
    .map((part) => [...new Set(contentTerms(part).map((t) => t.stem))].filter((st) => !questionStems.has(st)))
    .filter((st) => st.length > 0);
  return { terms, totalWeight, questionStems, length: refTerms.length, normalized, wordCount: refWords.length, weightOf, statements, grams: gramSets(refWords), negatedStems: negatedOnly(reference) };
}

/** The stems every mention of which in `text` is negated. */
function negatedOnly(text: string): Set<string> {
  const affirmed = new Set<string>();
  const negated = new Set<string>();
  for (const w of scopedStems(text)) (w.negated ? negated : affirmed).add(w.stem);
  for (const st of affirmed) negated.delete(st);
  return negated;
}
