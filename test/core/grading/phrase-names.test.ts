import { describe, expect, it } from 'vitest';
import { analyse, compilePhrases } from '../../../src/core/grading/phrase.js';
import { FuzzyVocabulary } from '../../../src/core/grading/fuzzy.js';

const ENTITIES = ['cloud run', 'fargate'];
const one = (phrase: string) => compilePhrases([phrase], undefined, ENTITIES)[0]!;

describe('compilePhrases: a phrasing that is a name', () => {
  it('is the entity when it is the whole name and nothing else', () => {
    expect(one('Cloud Run').entity).toBe('cloud run');
    expect(one('Fargate').entity).toBe('fargate');
  });

  it('is no entity when it only starts like one, or says more', () => {
    expect(one('cloud storage').entity).toBeUndefined();
    expect(one('Fargate tasks').entity).toBeUndefined();
    expect(one('Fargate tasks')).toMatchObject({ subject: 'fargate', rest: ['task'], named: true });
  });
});

describe('analyse: "one" after a word stands for the noun the card puts after that word', () => {
  const vocabulary = new FuzzyVocabulary([]);
  const names = { entities: [], heads: new Map([['execut', 'role']]) };
  const fixes = (answer: string) => analyse(answer, vocabulary, undefined, names)[0]!.fixes;

  it('"one" and "ones" right after the word', () => {
    expect(fixes('the execution one pulls')).toEqual([undefined, 'role', undefined]);
    expect(fixes('the execution ones pull')).toEqual([undefined, 'role', undefined]);
  });

  it('not with a word between, and not without heads', () => {
    expect(fixes('execution the one pulls')).toEqual([undefined, undefined, undefined]);
    expect(analyse('the execution one pulls', vocabulary)[0]!.fixes).toEqual([undefined, undefined, undefined]);
  });
});
