/**
 * A card's `examples:` graded against their expected verdicts. Pure: the
 * public grader decides, this only compares.
 */
import type { Deck, Example } from '../deck/schema.js';
import { gradeCard, type Verdict } from '../grading/index.js';

/** One example whose verdict differs from the expected one. */
export interface ExampleMismatch {
  cardIndex: number;
  exampleIndex: number;
  cardId: string;
  example: Example;
  got: Verdict;
  score: number;
}

export interface ExampleCheck {
  checked: number;
  /** Mismatches of examples not marked pending: lint fails on these. */
  failures: ExampleMismatch[];
  /** Mismatches of `pending: true` examples: reported, not failing. */
  pending: ExampleMismatch[];
  /** `pending: true` examples that now grade as expected: the mark can go. */
  resolved: ExampleMismatch[];
}

/** Grades every example of every card of `deck`. */
export function checkExamples(deck: Deck): ExampleCheck {
  const out: ExampleCheck = { checked: 0, failures: [], pending: [], resolved: [] };
  deck.cards.forEach((card, cardIndex) => {
    (card.examples ?? []).forEach((example, exampleIndex) => {
      out.checked++;
      const result = gradeCard(card, example.answer, deck);
      const entry: ExampleMismatch = { cardIndex, exampleIndex, cardId: card.id, example, got: result.verdict, score: result.score };
      if (result.verdict === example.verdict) {
        if (example.pending) out.resolved.push(entry);
      } else {
        (example.pending ? out.pending : out.failures).push(entry);
      }
    });
  });
  return out;
}
