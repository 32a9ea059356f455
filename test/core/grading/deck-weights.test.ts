import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { gradeAgainstReference } from '../../../src/core/grading/reference-grade.js';
import { DEFAULT_THRESHOLDS } from '../../../src/core/grading/thresholds.js';
import { buildTermStats } from '../../../src/core/grading/reference/index.js';

// A text card without a rubric is graded against its model answer, its terms weighted by the deck.
const kettle: Card = { id: 'kettle', kind: 'text', prompt: 'What does a kettle do?', answer: 'A kettle boils water quickly with an electric element.' };
const others: Card[] = [
  { id: 'tea', kind: 'text', prompt: 'How is tea made?', answer: 'Water is boiled and poured over tea leaves.' },
  { id: 'pot', kind: 'text', prompt: 'What is a pot for?', answer: 'A pot holds water over a flame.' },
];
// A new deck object per call: its statistics are cached per deck object, and under mutation testing that
// cache outlives a run.
const newDeck = (): Deck => ({ id: 'kitchen', title: 'Kitchen', cards: [kettle, ...others] });
const deck = newDeck();
const ANSWER = 'It boils water.';
const stats = buildTermStats(deck.cards.flatMap((c) => [c.prompt, c.answer]));

describe('reference grading inside a deck', () => {
  it("weights the card's terms by the deck's prompts and answers", () => {
    const inDeck = gradeCard(kettle, ANSWER, newDeck());
    expect(inDeck).toEqual(gradeAgainstReference(kettle.answer, ANSWER, kettle.prompt, DEFAULT_THRESHOLDS, stats));
    expect(inDeck.score).not.toBe(gradeCard(kettle, ANSWER).score);
    expect(gradeCard(kettle, ANSWER)).toEqual(gradeAgainstReference(kettle.answer, ANSWER, kettle.prompt));
  });

  it('gives the same result on every call with the same deck', () => {
    const one = newDeck();
    expect(gradeCard(kettle, ANSWER, one)).toEqual(gradeCard(kettle, ANSWER, one));
  });

  it("uses the card's own thresholds", () => {
    const strict: Card = { ...kettle, thresholds: { correct: 0.99, partial: 0.98 } };
    const r = gradeCard(strict, ANSWER, newDeck());
    expect(r).toEqual(gradeAgainstReference(kettle.answer, ANSWER, kettle.prompt, { correct: 0.99, partial: 0.98 }, stats));
    expect(r.score).not.toBe(gradeCard(kettle, ANSWER, newDeck()).score);
  });
});
