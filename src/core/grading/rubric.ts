/**
 * Rubric grading of a text card: weighted criteria, required points,
 * contradictions (cap or penalty), and the whole-answer caps (empty,
 * keyword list, off topic).
 */
import type { Card, Deck } from '../deck/schema.js';
import type { ContradictionResult, CriterionResult, GradeResult } from './types.js';
import { compileCard, type CompiledCriterion } from './compile.js';
import { evaluate, type Matcher } from './matcher.js';
import { analyse } from './phrase.js';
import { isEmpty, isKeywordSoup, topicOverlap } from './signals.js';
import { below, clamp01, DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';

/** Default cap on the score when the answer affirms a contradiction. */
export const DEFAULT_CONTRADICTION_CAP = 0.2;
/** Cap for an answer that lists terms without stating anything. */
export const KEYWORD_LIST_CAP = 0.2;

const NO_FIRST = /^\s*(?:no|nope)\b/i;
const YES_FIRST = /^\s*(?:yes|yeah|yep|yup)\b/i;

/** A hint for a missed criterion, naming what was missing. */
export function generatedHint(m: Matcher): string {
  const first = (phrases: { source: string }[]): string => `"${phrases[0]?.source ?? '?'}"`;
  switch (m.kind) {
    case 'any':
      return m.deny ? `Say what it is not: ${first(m.phrases)} does not hold.` : `Missing: ${first(m.phrases)}.`;
    case 'all':
      return `Mention each of: ${m.items.map(first).join(', ')}.`;
    case 'together':
      return `Say ${first(m.first)} and ${first(m.second)} in the same sentence.`;
    case 'number':
      return `Give the number${m.spec.unit ? ` in ${m.spec.unit}` : ''}.`;
    case 'cidr':
      return 'Give the subnet prefix (like /24).';
    case 'either':
      return m.alternatives[0] ? generatedHint(m.alternatives[0]) : 'Missing a key point.';
  }
}

function criterionResult(c: CompiledCriterion, met: boolean, evidence: string | undefined): CriterionResult {
  const result: CriterionResult = { id: c.source.id, met, weight: c.weight };
  if (met && evidence) result.evidence = evidence;
  if (!met) result.hint = c.source.hint ?? generatedHint(c.matcher);
  return result;
}

/** Grades a free-text answer against a card's rubric. Pure. */
export function gradeRubric(card: Card, answer: string, deck?: Deck): GradeResult {
  const compiled = compileCard(card, deck);
  const thresholds = card.thresholds ?? DEFAULT_THRESHOLDS;
  const clauses = analyse(answer, compiled.vocabulary);
  const notes: string[] = [];
  const criteria = compiled.criteria.map((c) => {
    const outcome = evaluate(c.matcher, clauses, answer);
    return criterionResult(c, outcome.met, outcome.evidence);
  });
  if (isEmpty(clauses)) {
    return { score: 0, verdict: 'incorrect', criteria: criteria.map((c) => ({ ...c, met: false })), contradictions: [], notes: ['empty answer'] };
  }
  let score = criteria.reduce((sum, c) => sum + (c.met ? c.weight : 0), 0);
  const missedRequired = compiled.criteria.filter((c, i) => c.source.required && !criteria[i]!.met);
  if (missedRequired.length) {
    score = Math.min(score, below(thresholds.correct));
    notes.push(`a required point is missing: ${missedRequired.map((c) => c.source.id).join(', ')}`);
  }
  const contradictions: ContradictionResult[] = [];
  for (const c of compiled.contradictions) {
    const outcome = evaluate(c.matcher, clauses, answer);
    if (!outcome.met) continue;
    contradictions.push({ id: c.source.id, evidence: outcome.evidence ?? '', message: c.source.message ?? 'This statement is wrong.' });
    score = c.source.penalty !== undefined ? score - c.source.penalty : Math.min(score, c.source.cap ?? DEFAULT_CONTRADICTION_CAP);
  }
  // The model answer opens with "No." and the learner's with "Yes": the reverse verdict on a yes/no question.
  if (NO_FIRST.test(card.answer ?? '') && YES_FIRST.test(answer)) {
    contradictions.push({ id: 'answers-yes', evidence: clauses[0]?.text ?? '', message: 'The answer to this question is no.' });
    score = Math.min(score, DEFAULT_CONTRADICTION_CAP, below(thresholds.partial));
  }
  if (isKeywordSoup(clauses)) {
    // A keyword list is incorrect (DESIGN.md labels), whatever the card's partial threshold.
    score = Math.min(score, KEYWORD_LIST_CAP, below(thresholds.partial));
    notes.push('a list of terms is not an answer: say how they relate in a sentence');
  }
  if (!criteria.some((c) => c.met) && topicOverlap(clauses, compiled.topic) === 0) {
    score = 0;
    notes.push('off topic: the answer shares no key terms with the question');
  }
  score = clamp01(score);
  return { score, verdict: verdictFor(score, thresholds), criteria, contradictions, notes };
}
