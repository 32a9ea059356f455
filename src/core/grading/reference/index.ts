/**
 * Reference-only scoring: grades a free-text answer against a model answer by
 * informative-term overlap (stems, IDF, question demoting, bigrams, near-matches).
 */
import { measure } from './features.js';
import { combine } from './model.js';
import { prepareReference } from './prepare.js';
import type { TermStats } from './term-stats.js';
import { words } from './normalize.js';

export { buildTermStats, type TermStats } from './term-stats.js';
export { FEATURE_NAMES } from './features.js';
export { combine } from './model.js';

/** Result of `scoreReference`. */
export interface ReferenceScore {
  /** 0..1. */
  score: number;
  /** Reference key terms the answer covered (as the reference writes them). */
  matched: string[];
  /** Reference key terms the answer lacks, most informative first. */
  missing: string[];
}

/**
 * Scores `answer` against `reference` (0..1). `question` demotes words the
 * question already gives away; `corpus` (from `buildTermStats`) weights terms by IDF.
 * Pure and deterministic; the reference's preparation is cached.
 */
export function scoreReference(reference: string, answer: string, question?: string, corpus?: TermStats): ReferenceScore {
  const prepared = prepareReference(reference, question ?? '', corpus);
  const f = measure(prepared, answer);
  const matched: string[] = [];
  const missingTerms: { surface: string; weight: number }[] = [];
  prepared.terms.forEach((t, i) => {
    if ((f.credit[i] ?? 0) > 0) matched.push(t.surface);
    else missingTerms.push(t);
  });
  missingTerms.sort((a, b) => b.weight - a.weight);
  const score = sameWords(prepared.normalized, answer) ? 1 : prepared.terms.length === 0 ? 0 : combine(f.vector);
  return { score, matched, missing: missingTerms.map((t) => t.surface) };
}

/** Feature vector of an answer (for the fitting script). */
export function referenceFeatures(reference: string, answer: string, question?: string, corpus?: TermStats): number[] {
  return measure(prepareReference(reference, question ?? '', corpus), answer).vector;
}

/** The answer says exactly the reference (after normalization); never true when empty. */
function sameWords(normalizedReference: string, answer: string): boolean {
  if (!normalizedReference || answer.length > 4 * normalizedReference.length + 100) return false;
  return words(answer).join(' ') === normalizedReference;
}
