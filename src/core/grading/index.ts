/**
 * Public grading API. PLACEHOLDER until the grading engine lands: empty →
 * incorrect, the model answer itself → correct, anything else → partial.
 */
import type { Card, Deck } from '../deck/schema.js';
import type { GradeResult } from './types.js';

export type { GradeResult, Verdict, CriterionResult, ContradictionResult } from './types.js';

const squash = (s: string): string => s.toLowerCase().replace(/\W+/g, ' ').trim();

/** Grades `answer` against `card` (deck gives synonyms and the term statistics). Pure. */
export function gradeCard(card: Card, answer: string, _deck?: Deck): GradeResult {
  return gradeReference(card.answer, answer);
}

/** Reference-only grading: `answer` against a model answer (and optional question). Pure. */
export function gradeReference(reference: string, answer: string, _question?: string): GradeResult {
  const a = squash(answer);
  if (!a) return { score: 0, verdict: 'incorrect', criteria: [], contradictions: [], notes: ['empty answer'] };
  if (a === squash(reference)) return { score: 1, verdict: 'correct', criteria: [], contradictions: [], notes: [] };
  return { score: 0.5, verdict: 'partial', criteria: [], contradictions: [], notes: [] };
}
