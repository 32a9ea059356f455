/**
 * Rubric grading of a text card: weighted criteria, required points,
 * contradictions (cap or penalty), and the whole-answer caps (empty,
 * keyword list, off topic).
 */
import type { Card, Deck } from '../deck/schema.js';
import type { ContradictionResult, CriterionResult, GradeResult } from './types.js';
import { compileCard, type CompiledCriterion } from './compile.js';
import { evaluate, reversedDirection, type Matcher } from './matcher.js';
import { analyse } from './phrase.js';
import { isEmpty, isKeywordSoup, topicOverlap, isNonAnswer } from './signals.js';
import { expandInitialsMapped } from './initials.js';
import { agreesWithRejected, deniesNegativePremise, deniesPremise } from './stance.js';
import { misboundNumbers, swappedNumbers } from './number-roles.js';
import { swappedRoles } from './swaps.js';
import { wrongNumbers } from './number-facts.js';
import { below, clamp01, DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';

/** Default cap on the score when the answer affirms a contradiction. */
export const DEFAULT_CONTRADICTION_CAP = 0.2;
/** Cap for an answer that lists terms without stating anything. */
export const KEYWORD_LIST_CAP = 0.2;


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
export function gradeRubric(card: Card, written: string, deck?: Deck): GradeResult {
  const compiled = compileCard(card, deck);
  const expanded = expandInitialsMapped(written, compiled.rivals, compiled.names.entities);
  const answer = expanded.text;
  const thresholds = card.thresholds ?? DEFAULT_THRESHOLDS;
  const clauses = analyse(answer, compiled.vocabulary, compiled.numberRoles, compiled.names);
  const notes: string[] = [];
  const outcomes = compiled.criteria.map((c) => evaluate(c.matcher, clauses, answer, { role: 'criterion', prompt: compiled.prompt, promptNumbers: compiled.promptNumbers, contrasts: compiled.contrasts, model: compiled.model, ...(compiled.names.topic ? { topic: compiled.names.topic } : {}) }));
  if (isEmpty(clauses) || isNonAnswer(answer)) {
    return { score: 0, verdict: 'incorrect', criteria: compiled.criteria.map((c) => criterionResult(c, false, undefined)), contradictions: [], notes: [isEmpty(clauses) ? 'empty answer' : 'no answer given'] };
  }
  const contradictions: ContradictionResult[] = [];
  const caps: { cap?: number; penalty?: number }[] = [];
  for (const c of compiled.contradictions) {
    const outcome = evaluate(c.matcher, clauses, answer, { role: 'contradiction' });
    if (!outcome.met) continue;
    contradictions.push({ id: c.source.id, evidence: outcome.evidence ?? '', message: c.source.message ?? 'This statement is wrong.' });
    caps.push(c.source.penalty !== undefined ? { penalty: c.source.penalty } : { cap: c.source.cap ?? DEFAULT_CONTRADICTION_CAP });
  }
  for (const c of compiled.criteria) {
    const evidence = reversedDirection(c.matcher, clauses, compiled.promptNumbers);
    if (evidence === undefined) continue;
    contradictions.push({ id: `${c.source.id}-reversed`, evidence, message: `The wrong way round: ${c.source.hint ?? generatedHint(c.matcher)}` });
    caps.push({ cap: DEFAULT_CONTRADICTION_CAP });
  }
  const swappedRole = swappedRoles(compiled.criteria, clauses, compiled.rivals, compiled.model);
  if (swappedRole) {
    contradictions.push(swappedRole);
    caps.push({ cap: DEFAULT_CONTRADICTION_CAP });
  }
  const swap = clauses.some((c) => c.misbound) ? swappedNumbers(misboundNumbers(clauses, compiled.numberRoles)) : undefined;
  if (swap) {
    const [a, b] = swap;
    const evidence = [...new Set([clauses[a.clause]!.text, clauses[b.clause]!.text])].join(' … ');
    contradictions.push({ id: 'numbers-swapped', evidence, message: `Swapped: ${a.value} and ${b.value} are in each other's place.` });
    caps.push({ cap: DEFAULT_CONTRADICTION_CAP });
  }
  // Another value for a number the model answer states ("reserves 3 addresses" for 5): not correct, still partial.
  const wrong = swap ? [] : wrongNumbers(clauses, compiled.facts);
  if (wrong.length) {
    const { said, fact } = wrong[0]!;
    contradictions.push({ id: 'wrong-number', evidence: clauses[said.clause]!.text, message: `"${said.text}" here, where the model answer says "${fact.text}".` });
    caps.push({ cap: below(thresholds.correct) });
  }
  // A sentence that affirms a misconception (a contradiction that sinks the answer) is no evidence for any point: no ✓ may quote it.
  const refuted = new Set(contradictions.filter((_, i) => caps[i]!.cap !== undefined && caps[i]!.cap! < thresholds.partial).flatMap((c) => c.evidence.split(' … ')));
  const criteria = compiled.criteria.map((c, i) => {
    const { met, evidence } = outcomes[i]!;
    const quotesRefuted = evidence !== undefined && evidence.split(' … ').some((span) => refuted.has(span));
    return criterionResult(c, met && !quotesRefuted, evidence);
  });
  let score = criteria.reduce((sum, c) => sum + (c.met ? c.weight : 0), 0);
  const missedRequired = compiled.criteria.filter((c, i) => c.source.required && !criteria[i]!.met);
  if (missedRequired.length) {
    score = Math.min(score, below(thresholds.correct));
    notes.push(`a required point is missing: ${missedRequired.map((c) => c.source.id).join(', ')}`);
  }
  for (const c of caps) score = c.penalty !== undefined ? score - c.penalty : Math.min(score, c.cap!);
  // The model answer opens with "No." and the learner's with "Yes"/"Pretty much right": the reverse verdict on a yes/no question.
  const agrees = agreesWithRejected(card.answer ?? '', answer);
  if (agrees === 'flat') {
    contradictions.push({ id: 'answers-yes', evidence: clauses[0]?.text ?? '', message: 'The answer to this question is no.' });
    score = Math.min(score, DEFAULT_CONTRADICTION_CAP, below(thresholds.partial));
  } else if (agrees === 'in part') {
    // "Yes" where the model answer says "Not quite": half the story at best.
    contradictions.push({ id: 'answers-yes', evidence: clauses[0]?.text ?? '', message: 'Not quite: the statement in the question is only part of the story.' });
    score = Math.min(score, below(thresholds.correct));
  }
  if (deniesPremise(card.prompt, clauses, answer)) {
    contradictions.push({ id: 'denies-the-problem', evidence: clauses[0]!.text, message: 'Something does go wrong here: the question names a real problem.' });
    score = Math.min(score, DEFAULT_CONTRADICTION_CAP, below(thresholds.partial));
  } else if (deniesNegativePremise(card.prompt, clauses)) {
    contradictions.push({ id: 'denies-the-premise', evidence: clauses[0]!.text, message: 'The question is why it does not: the answer says it does.' });
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
  // Quotes show what the learner typed ("CR"), not the name it was read as.
  const quote = (evidence: string): string => evidence.split(' … ').map(expanded.asWritten).join(' … ');
  for (const c of criteria) if (c.evidence !== undefined) c.evidence = quote(c.evidence);
  for (const c of contradictions) c.evidence = quote(c.evidence);
  return { score, verdict: verdictFor(score, thresholds), criteria, contradictions, notes };
}
