import { describe, expect, it } from 'vitest';
import { FuzzyVocabulary, editDistance } from '../../../src/core/grading/fuzzy.js';
import { stem } from '../../../src/core/grading/stem.js';

describe('typo correction bounds', () => {
  const v = new FuzzyVocabulary(['image', 'abcdefghijabcdefghijabcdefghij', 'abcdefghijabcdefghijabcdefghijk']);
  const correct = (word: string) => v.correct(word, stem(word));

  it('corrects a word of up to 30 letters, none longer', () => {
    expect(correct('abcdefghijabcdefghijabcdefghix')).toBe('abcdefghijabcdefghijabcdefghij');
    expect(correct('abcdefghijabcdefghijabcdefghijx')).toBeUndefined();
  });

  it('corrects five letters, not four', () => {
    expect(correct('imaga')).toBe(stem('image'));
    expect(correct('imge')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('a length difference past the limit gives up at once', () => {
    expect(editDistance('', 'abc', 1)).toBe(2);
    expect(editDistance('abcd', 'a', 2)).toBe(3);
  });
});
