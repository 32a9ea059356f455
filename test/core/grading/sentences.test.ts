import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/core/grading/clause-split.js';
import { deniesPremise } from '../../../src/core/grading/stance.js';
import { tokenize } from '../../../src/core/grading/tokenize.js';

describe('sentences', () => {
  it('are trimmed, and blank ones dropped', () => {
    expect(sentences('  One.   Two!  \n\n  Three?  ')).toEqual(['One.', 'Two!', 'Three?']);
    expect(sentences('\n\n \n')).toEqual([]);
  });

  it('an abbreviation ends no sentence; "!" and "?" after one do', () => {
    expect(sentences('Use e.g. Fargate. Or ECS.')).toEqual(['Use e.g. Fargate.', 'Or ECS.']);
    expect(sentences('Is it vs? Yes etc! Done.')).toEqual(['Is it vs?', 'Yes etc!', 'Done.']);
  });
});

describe('deniesPremise: "but" and "except" anywhere in a short answer take the denial back', () => {
  const PROMPT = 'What goes wrong when a single-threaded app keeps concurrency at 80?';
  it.each([
    ['Nothing here (but latency).', false],
    ['Nothing here except latency.', false],
    ['Nothing at all, really.', true],
  ] as const)('%s → %s', (answer, denies) => {
    expect(deniesPremise(PROMPT, tokenize(answer), answer)).toBe(denies);
  });
});
