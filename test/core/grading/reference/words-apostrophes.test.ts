import { describe, expect, it } from 'vitest';
import { words } from '../../../../src/core/grading/reference/normalize.js';
import { nearCredit } from '../../../../src/core/grading/reference/fuzzy.js';

describe('words: apostrophes around and inside a word', () => {
  it.each([
    ['a doubled inner apostrophe leaves no empty word', "rock''n roll", ['rock', 'n', 'roll']],
    ['a quoted contraction keeps its expansion', "he said 'we'd'", ['he', 'said', 'we', 'would']],
    ["a bare n't is letters, not a negation", "n't", ['n', 't']],
    ["a quoted bare n't too", "'n't", ['n', 't']],
    ['an escape sequence between letters separates them', 'a\u001b[1mb', ['a', 'b']],
  ])('%s', (_label, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('nearCredit: the prefix rule at exactly three quarters', () => {
  it('a shared prefix of exactly 3/4 of the shorter stem counts', () => {
    expect(nearCredit('abcdefgh', 'abcdefxy')).toBe(0.8); // 6 of 8
    expect(nearCredit('abcdefgh', 'abcdexyz')).toBe(0); // 5 of 8
  });

  it('an adjacent swap counts as one edit only between stems of one length', () => {
    expect(nearCredit('aaaab', 'aaabab')).toBe(0.8);
    expect(nearCredit('aaaaa', 'aaabb')).toBe(0);
    expect(nearCredit('aaaab', 'aaabc')).toBe(0);
    expect(nearCredit('aaaab', 'aaaca')).toBe(0);
  });
});
