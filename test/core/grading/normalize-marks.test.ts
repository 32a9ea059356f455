import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/grading/normalize.js';

describe('normalize: marks kept or dropped by their neighbours', () => {
  it.each([
    ['a hyphen between letters a and z stays', 'a-b z-y', 'a-b z-y'],
    ['a hyphen after a mark that is no letter goes', '{-x ~-x', 'x x'],
    ['a hyphen after a non-ASCII symbol goes; after a non-ASCII letter it stays', '\u2192-x caf\u00e9-au', 'x café-au'],
    ['a decimal point between 9s stays', '9.9 0.0', '9.9 0.0'],
    ['an apostrophe inside a word joins it, from a to z', "a'a z'z", 'aa zz'],
    ['a Unicode hyphen is a hyphen', 'x\u2010ray x\u2212y', 'x-ray x-y'],
    ['an en dash separates words', 'ECS\u2013the scheduler', 'ecs the scheduler'],
    ['a rate adverb is a rate', 'billed hourly, daily', 'billed per hour per day'],
  ])('%s', (_label, text, expected) => {
    expect(normalize(text)).toBe(expected);
  });
});
