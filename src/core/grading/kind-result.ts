/** The result of a kind graded by fixed criteria (choice, numeric, cidr, cloze): score = the weight met. */
import type { Card } from '../deck/schema.js';
import type { CriterionResult, GradeResult } from './types.js';
import { DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';

/** The kind's result from its criteria, with the card's thresholds. */
export function result(card: Card, criteria: CriterionResult[], notes: string[] = []): GradeResult {
  const score = criteria.length ? criteria.reduce((s, c) => s + (c.met ? c.weight : 0), 0) : 0;
  return { score, verdict: verdictFor(score, card.thresholds ?? DEFAULT_THRESHOLDS), criteria, contradictions: [], notes };
}

/** One criterion of weight 1: its evidence when met, its hint when not. */
export const one = (id: string, met: boolean, evidence: string, hint: string): CriterionResult =>
  met ? { id, met, weight: 1, evidence } : { id, met, weight: 1, hint };
