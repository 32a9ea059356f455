import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';
import { gradeCard } from '../../../src/core/grading/index.js';

// A second hand-labelled set, written and labelled (DESIGN.md label rules)
// before grading: 20 cards, terse / bullet / "X: does Y" / hedged / typo'd /
// swapped / myth-restating / keyword-list / off-topic answers. The grader must
// agree on at least 85 % and never grade an incorrect answer correct.
const rows = readFileSync(new URL('./fixtures/held-out-2.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { card: string; answer: string; label: string });
const decks = await loadDecks([bundledDir('decks')]);

describe('second held-out labelled set on the bundled deck', () => {
  const graded = rows.map((row) => {
    const { deck, card } = findCard(decks, row.card);
    return { ...row, verdict: gradeCard(card, row.answer, deck).verdict };
  });

  it('covers at least 20 cards', () => {
    expect(new Set(rows.map((r) => r.card)).size).toBeGreaterThanOrEqual(20);
  });

  it('agreement is at least 85 %', () => {
    const agree = graded.filter((g) => g.verdict === g.label).length;
    expect(agree / graded.length).toBeGreaterThanOrEqual(0.85);
  });

  it('no incorrect answer is graded correct', () => {
    expect(graded.filter((g) => g.label === 'incorrect' && g.verdict === 'correct').map((g) => g.answer)).toEqual([]);
  });
});
