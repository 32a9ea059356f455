/**
 * The `examples:` part of `drillbit lint`: grades each card's labelled
 * answers and turns mismatches into problems at the example's file:line.
 * The grader loads only for decks that have examples; lint caches the
 * outcome of an unchanged file (lint.ts).
 */
import type { Problem } from '../../core/errors.js';
import type { Deck } from '../../core/deck/index.js';
import type { ExampleMismatch } from '../../core/probe/examples.js';
import { quote } from './lint-quote.js';

export interface ExampleLint {
  checked: number;
  problems: Problem[];
  /** Pending examples, mismatched or resolved, as notes (they never fail lint). */
  notes: Problem[];
}

/** Checks the examples of `deck`, whose text is `source` (shown as `name`). */
export async function lintExamples(deck: Deck, source: string, name: string): Promise<ExampleLint> {
  if (!deck.cards.some((c) => c.examples?.length)) return { checked: 0, problems: [], notes: [] };
  const [{ checkExamples }, { locateCards }] = await Promise.all([import('../../core/probe/examples.js'), import('../../core/deck/locate.js')]);
  const result = checkExamples(deck);
  const positions = locateCards(source);
  const at = (m: ExampleMismatch, message: string): Problem => {
    const pos = positions[m.cardIndex]?.examples[m.exampleIndex] ?? positions[m.cardIndex] ?? { line: 1, col: 1 };
    return { file: name, line: pos.line, col: pos.col, message };
  };
  const graded = (m: ExampleMismatch): string => `graded ${m.got} (${m.score.toFixed(2)}), expected ${m.example.verdict}`;
  const outcome: ExampleLint = {
    checked: result.checked,
    problems: result.failures.map((m) => at(m, `card ${m.cardId}: example ${graded(m)}: ${quote(m.example.answer)}`)),
    notes: [
      ...result.pending.map((m) => at(m, `card ${m.cardId}: pending example ${graded(m)}: ${quote(m.example.answer)}`)),
      ...result.resolved.map((m) => at(m, `card ${m.cardId}: pending example now graded ${m.got} as expected; remove "pending: true"`)),
    ],
  };
  return outcome;
}
