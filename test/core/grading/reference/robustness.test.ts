import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../src/core/drills/prng.js';
import { buildTermStats, scoreReference } from '../../../../src/core/grading/reference/index.js';

const prng = mulberry32;

const ALPHABET = [
  'a', 'e', 's', 't', ' ', ' ', "'", '’', '+', '#', '-', '.', '\n', '\t', '\u0000', '\u001b', '[', '3', '1', 'm',
  'é', 'ﬁ', 'Ａ', '\u200b', '\ud83d\ude00', '\ud800', 'İ', 'ß', 'n', "n't", 'memory', 'value', 'the', 'location',
];

function randomString(rand: () => number, maxLen: number): string {
  const n = Math.floor(rand() * maxLen);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

describe('no throw, score in [0, 1]', () => {
  const REF = 'A location in memory that can store a value.';
  const corpus = buildTermStats([REF, 'What is a variable?', 'memory']);

  it('random strings from a seeded PRNG (answers, references and questions)', () => {
    const rand = prng(20261126);
    for (let i = 0; i < 500; i++) {
      const ref = i % 5 === 0 ? randomString(rand, 40) : REF;
      const r = scoreReference(ref, randomString(rand, 80), i % 2 ? randomString(rand, 20) : undefined, i % 3 ? corpus : undefined);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(Number.isNaN(r.score)).toBe(false);
    }
  });

  const adversarial: [string, string][] = [
    ['lone surrogates', '\ud800\udc00\ud800 memory \udfff'],
    ['only apostrophes', "''''''''"],
    ['only pluses and hashes', '++++####'],
    ['unterminated ANSI', '\u001b[\u001b[\u001b]memory'],
    ['OSC without end', '\u001b]0;' + 'x'.repeat(1000)],
    ['zero-width joiners', 'mem\u200dory val\u200bue'],
    ['RTL override', '\u202ememory\u202c'],
    ['emoji', '💾 memory 📍 location'],
    ['numbers', '1e309 NaN Infinity -0'],
  ];
  for (const [label, answer] of adversarial) {
    it(label, () => {
      const r = scoreReference(REF, answer, 'What is a variable?', corpus);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    });
  }

  it('a 1 MB answer of one repeated character returns, off topic', () => {
    const r = scoreReference(REF, 'a'.repeat(1 << 20), 'What is a variable?');
    expect(r).toMatchObject({ correct: false, offTopic: true });
  });

  it('a 1 MB answer of repeated words returns a score in [0, 1]', () => {
    const r = scoreReference(REF, 'memory location banana '.repeat(46_000), 'What is a variable?');
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('a 1 MB reference returns', () => {
    const r = scoreReference('memory location '.repeat(65_000), 'memory', undefined);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});
