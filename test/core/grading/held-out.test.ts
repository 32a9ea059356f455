import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';
import { gradeCard } from '../../../src/core/grading/index.js';

// Hand-labelled answers written apart from the dev set (paraphrases, swaps,
// restated myths, lists) on the 12 required cards: the grader must agree on
// at least 90 % and never grade an incorrect answer correct.
const rows = readFileSync(new URL('./fixtures/held-out-answers.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { card: string; answer: string; label: string });
const decks = await loadDecks([bundledDir('decks')]);

describe('held-out labelled answers on the bundled deck', () => {
  const graded = rows.map((row) => {
    const { deck, card } = findCard(decks, row.card);
    return { ...row, verdict: gradeCard(card, row.answer, deck).verdict };
  });

  it('agreement is at least 90 %', () => {
    const agree = graded.filter((g) => g.verdict === g.label).length;
    expect(agree / graded.length).toBeGreaterThanOrEqual(0.9);
  });

  it('no incorrect answer is graded correct', () => {
    expect(graded.filter((g) => g.label === 'incorrect' && g.verdict === 'correct').map((g) => g.answer)).toEqual([]);
  });
});
