import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { phrasesDirection } from '../../../src/core/grading/direction.js';
import { compilePhrases } from '../../../src/core/grading/phrase.js';

/** Default and maximum of one setting: the shape of a card that asks for two numbers in two roles. */
const limits: Card = {
  id: 'limits',
  kind: 'text',
  prompt: 'What are the default and the maximum concurrency per instance?',
  answer: 'The default is 80 per instance and the maximum is 1000.',
  rubric: {
    criteria: [
      { id: 'default-80', required: true, together: [['default', 'by default'], ['80']] },
      { id: 'maximum-1000', required: true, together: [['maximum', 'up to', 'at most', 'limit'], ['1000']] },
    ],
    contradictions: [{ id: 'default-is-1000', together: [['default'], ['1000']], message: '1000 is the maximum.' }],
  },
};

const met = (answer: string): string[] => gradeCard(limits, answer).criteria.filter((c) => c.met).map((c) => c.id);
const contradicted = (answer: string): string[] => gradeCard(limits, answer).contradictions.map((c) => c.id);

describe('a number is bound to the nearest word it could qualify', () => {
  it('gives the default the number next to it, not a later one in the same clause', () => {
    expect(contradicted('The default is 80, up to 1000.')).toEqual([]);
    expect(contradicted('80 by default, and you can raise it up to 1000.')).toEqual([]);
    expect(met('The default is 80, up to 1000.')).toEqual(['default-80', 'maximum-1000']);
  });

  it('still reads the swapped roles as swapped', () => {
    expect(contradicted('The default is 1000, the maximum is 80.')).toContain('default-is-1000');
    expect(met('The default is 1000, the maximum is 80.')).toEqual([]);
  });
});

describe('a number is bound within its comma-delimited part first', () => {
  it('reads "N is the X, M the Y" and "X N, Y M" with each number in its own part', () => {
    for (const answer of ['80 is the default, 1000 the maximum.', '1000 is the maximum, 80 the default.', 'Default 80, maximum 1000.', 'The maximum is 1000 and the default 80.']) {
      expect(contradicted(answer), answer).toEqual([]);
      expect(met(answer), answer).toEqual(['default-80', 'maximum-1000']);
    }
  });

  it('still reads the same shapes with the numbers crossed as crossed', () => {
    for (const answer of ['1000 is the default, 80 the maximum.', 'Default 1000, maximum 80.']) {
      expect(contradicted(answer), answer).toEqual(['default-is-1000', 'numbers-swapped']);
      expect(met(answer), answer).toEqual([]);
    }
  });

  it('lets a number in another part stand for an attribute that has no number of its own', () => {
    expect(contradicted('The default, I think, is 1000.')).toEqual(['default-is-1000']);
  });
});

describe('phrasings made only of function words', () => {
  it('are matched as written instead of being dropped', () => {
    expect(compilePhrases(['up to', 'at most']).map((p) => p.exact)).toEqual([['up', 'to'], ['at', 'most']]);
    expect(met('It goes up to 1000.')).toEqual(['maximum-1000']);
  });

  it('drop a single function word, which claims nothing', () => {
    expect(compilePhrases(['it'])).toEqual([]);
  });
});

describe('a criterion moves a setting only when every phrasing says a move', () => {
  it('is not directional when one phrasing of a bound happens to be a direction verb ("limit")', () => {
    expect(phrasesDirection(compilePhrases(['maximum', 'up to', 'limit']))).toBeUndefined();
    expect(met('You can raise it up to 1000.')).toEqual(['maximum-1000']);
  });

  it('is directional when all phrasings move the same way', () => {
    expect(phrasesDirection(compilePhrases(['lower', 'reduce', 'decrease it']))).toBe('down');
    expect(phrasesDirection(compilePhrases(['lower', 'raise']))).toBeUndefined();
  });
});
