import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/drills/prng.js';
import { gradeCard, gradeReference, normalize } from '../../../src/core/grading/index.js';
import { deck } from './fixtures.js';

const prng = mulberry32;

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789',
  ...".,;:!?'\"-/%+()[]{}$\\\n\t\r",
  '\u001b', '\u001b[', '\u009b', '\u0007', '\u0000', '\u200b', '\u202e', '\ufeff', '\u2019', '\u2014', 'é', 'ß', 'İ', '\u{1F600}', '\ud800',
  ' not ', " isn't ", ' rather than ', 'task role', 'execution role', 'ECS', 'S3', '10.0.0.0/', '/24', '512MiB', '1024 cpu units', '0.', '{{', '}}', '$app',
];

function randomString(next: () => number, maxLength: number): string {
  const length = Math.floor(next() * maxLength);
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

const ADVERSARIAL = [
  'a'.repeat(10_000),
  '1'.repeat(5_000) + '.5.5',
  ' '.repeat(10_000) + 'x',
  '.'.repeat(10_000),
  '-'.repeat(10_000),
  '/'.repeat(10_000),
  '\u001b['.repeat(5_000),
  '\u001b]'.repeat(5_000),
  "n't ".repeat(2_000),
  'not '.repeat(2_000),
  ', the'.repeat(2_000),
  '1.1.1.1.'.repeat(2_000),
  'e.g. '.repeat(2_000),
  '{{a|b}}'.repeat(1_000),
  'ECS, '.repeat(2_000),
];

describe('fuzz: random and adversarial answers', () => {
  it('never throws and keeps the score in [0, 1] (seeded)', () => {
    const next = prng(20261126);
    const inputs = [...ADVERSARIAL, ...Array.from({ length: 300 }, () => randomString(next, 200))];
    for (const answer of inputs) {
      for (const card of deck.cards) {
        const r = gradeCard(card, answer, deck);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(['correct', 'partial', 'incorrect']).toContain(r.verdict);
      }
      const ref = gradeReference('The execution role pulls the image.', answer, 'What does it do?');
      expect(ref.score).toBeGreaterThanOrEqual(0);
      expect(ref.score).toBeLessThanOrEqual(1);
    }
  });

  it('normalizing twice changes nothing (seeded random strings)', () => {
    const next = prng(42);
    for (let i = 0; i < 500; i++) {
      const once = normalize(randomString(next, 80));
      expect(normalize(once)).toBe(once);
    }
  });

  it('normalized text never contains an escape or control character', () => {
    const next = prng(7);
    for (let i = 0; i < 300; i++) {
      expect(normalize(randomString(next, 80))).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it('a 1 MB answer of one repeated character returns, graded on its first part with a note', () => {
    const r = gradeCard(deck.cards[0]!, 'a'.repeat(1_000_000), deck);
    expect(r.verdict).toBe('incorrect');
    expect(r.notes).toContain('answer truncated: only the first 50000 characters were graded');
    // 100,000 repetitions of two words are keyword soup, not an answer, however much is cut.
    const words = gradeCard(deck.cards[0]!, 'task role '.repeat(100_000), deck);
    expect(words.verdict).toBe('incorrect');
    expect(words.notes).toContain('answer truncated: only the first 50000 characters were graded');
  });
});

describe('non-answers', () => {
  it.each(['no idea', 'No idea.', "I don't know", 'i dont know', 'not sure', 'idk', 'dunno', 'pass', 'No clue, sorry'])('%j scores 0 in rubric and reference-only grading', (answer) => {
    const rubric = gradeCard(deck.cards[0]!, answer, deck);
    expect([rubric.score, rubric.verdict, rubric.notes]).toEqual([0, 'incorrect', ['no answer given']]);
    const reference = gradeReference('The execution role pulls the image.', answer, 'What does it do?');
    expect([reference.score, reference.verdict, reference.notes]).toEqual([0, 'incorrect', ['no answer given']]);
  });

  it('an answer that merely starts like one is graded as usual', () => {
    expect(gradeReference('The execution role pulls the image.', 'No idea why, but the execution role pulls the image.', 'What does it do?').notes).not.toContain('no answer given');
  });
});
