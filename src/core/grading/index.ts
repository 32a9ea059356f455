/**
 * Public grading API. `gradeCard` dispatches on the card's kind: text cards
 * use their rubric (or reference-only grading against the model answer when
 * there is none); choice, numeric, cidr and cloze are exact with tolerance;
 * generated cards belong to the drill engine. Pure and deterministic.
 */
import type { Card, Deck } from '../deck/schema.js';
import type { GradeResult } from './types.js';
import { gradeRubric } from './rubric.js';
import { gradeAgainstReference } from './reference-grade.js';
import { gradeChoice } from './choice.js';
import { gradeCidr, gradeNumeric } from './exact-kinds.js';
import { gradeCloze } from './cloze.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import { buildTermStats, type TermStats } from './reference/index.js';

// IDF over the deck's prompts and answers: terms every card uses weigh less. Built once per deck.
const deckStats = new WeakMap<Deck, TermStats>();
function termStats(deck: Deck | undefined): TermStats | undefined {
  if (!deck) return undefined;
  let stats = deckStats.get(deck);
  if (!stats) deckStats.set(deck, (stats = buildTermStats(deck.cards.flatMap((c) => [c.prompt, c.answer]))));
  return stats;
}

export type { GradeResult, Verdict, CriterionResult, ContradictionResult } from './types.js';
export { DEFAULT_THRESHOLDS, verdictFor } from './thresholds.js';
export { normalize } from './normalize.js';
export { sanitize } from './sanitize.js';

/** The core grades at most this many characters; the rest is ignored with a note. */
export const MAX_GRADED_CHARS = 50_000;

function clip(answer: string): { text: string; note?: string } {
  if (answer.length <= MAX_GRADED_CHARS) return { text: answer };
  return { text: answer.slice(0, MAX_GRADED_CHARS), note: `answer truncated: only the first ${MAX_GRADED_CHARS} characters were graded` };
}

const withNote = (result: GradeResult, note?: string): GradeResult => (note ? { ...result, notes: [...result.notes, note] } : result);

/** Grades `answer` against `card` (the deck gives the `$name` synonyms). Pure. */
export function gradeCard(card: Card, answer: string, deck?: Deck): GradeResult {
  const { text, note } = clip(typeof answer === 'string' ? answer : '');
  switch (card.kind) {
    case 'choice':
      return withNote(gradeChoice(card, text), note);
    case 'numeric':
      return withNote(gradeNumeric(card, text), note);
    case 'cidr':
      return withNote(gradeCidr(card, text), note);
    case 'cloze':
      return withNote(gradeCloze(card, text), note);
    case 'generated':
      return {
        score: 0,
        verdict: 'incorrect',
        criteria: [],
        contradictions: [],
        notes: [`card "${card.id}" is generated: its problems are graded by the drill engine (drillbit drill), not by gradeCard`],
      };
    case 'text':
      return withNote(card.rubric ? gradeRubric(card, text, deck) : gradeAgainstReference(card.answer, text, card.prompt, card.thresholds ?? DEFAULT_THRESHOLDS, termStats(deck)), note);
  }
}

/** Reference-only grading: `answer` against a model answer (and optional question). Pure. */
export function gradeReference(reference: string, answer: string, question?: string): GradeResult {
  const { text, note } = clip(typeof answer === 'string' ? answer : '');
  return withNote(gradeAgainstReference(reference, text, question), note);
}
