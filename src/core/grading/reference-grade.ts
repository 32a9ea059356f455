/**
 * Reference-only grading: wraps the reference scorer into a GradeResult,
 * with the same whole-answer caps as rubric grading (empty, keyword list).
 */
import type { Thresholds } from '../deck/schema.js';
import type { GradeResult } from './types.js';
import { MODEL, scoreReference, type ReferenceModel, type TermStats } from './reference/index.js';
import { tokenize } from './tokenize.js';
import { isEmpty, isKeywordSoup, isNonAnswer } from './signals.js';
import { below, clamp01, DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';
import { findSwaps } from './reference/swap.js';
import type { ContradictionResult } from './types.js';
import { boundedMemo } from './memo.js';

const lists = boundedMemo<string, boolean>(1000);
function listAnswer(reference: string): boolean {
  return lists(reference, () => {
    const clauses = tokenize(reference);
    return isKeywordSoup(clauses) || clauses.flatMap((c) => c.words).length <= 6;
  });
}

/** Grades `answer` against a model answer alone (`model` defaults to the shipped constants). Pure. */
export function gradeAgainstReference(
  reference: string,
  answer: string,
  question?: string,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  corpus?: TermStats,
  model: ReferenceModel = MODEL,
): GradeResult {
  const clauses = tokenize(answer);
  if (isEmpty(clauses) || isNonAnswer(answer)) {
    return { score: 0, verdict: 'incorrect', criteria: [{ id: 'key-terms', met: false, weight: 1, hint: 'Write an answer in a sentence or two.' }], contradictions: [], notes: [isEmpty(clauses) ? 'empty answer' : 'no answer given'] };
  }
  const scored = scoreReference(reference, answer, question, corpus, model, clauses);
  const notes: string[] = [];
  // The verdict head decides correct or not; the score head places the answer within that band.
  let score = scored.correct ? Math.max(clamp01(scored.score), thresholds.correct) : Math.min(clamp01(scored.score), below(thresholds.correct));
  // Mohler's graders give answers with no key word ~2.6 of 5, so the score head does too; but an
  // answer with no word of the reference or the question (nor a WordNet relative) is about something else.
  if (scored.offTopic) {
    score = Math.min(score, below(thresholds.partial));
    notes.push('the answer shares no key word with the model answer or the question');
  }
  // When the model answer is itself a list ("data members and member functions"), a list is the answer.
  if (isKeywordSoup(clauses) && !listAnswer(reference)) {
    score = Math.min(score, below(thresholds.correct));
    notes.push('a list of terms is not an answer: say how they relate in a sentence');
  }
  // Who-does-what: the answer gives one statement's key term to another's and back.
  const contradictions: ContradictionResult[] = findSwaps(reference, answer, clauses).map((s) => ({
    id: 'swapped-terms',
    evidence: s.evidence,
    message: `This swaps "${s.first}" and "${s.second}": the model answer says the opposite of who does what.`,
  }));
  if (contradictions.length) score = Math.min(score, below(thresholds.correct));
  const verdict = verdictFor(score, thresholds);
  const criteria = [
    verdict === 'correct'
      ? { id: 'key-terms', met: true, weight: 1, evidence: scored.matched.join(', ') }
      : { id: 'key-terms', met: false, weight: 1, ...(scored.matched.length ? { evidence: scored.matched.join(', ') } : {}), hint: contradictions.length ? contradictions[0]!.message : scored.missing.length ? `The model answer also talks about: ${scored.missing.slice(0, 6).join(', ')}.` : 'Say more about the key point.' },
  ];
  return { score, verdict, criteria, contradictions, notes };
}
