import { describe, expect, it } from 'vitest';
import { gramOverlap, gramSets, MAX_GRAM_WORDS } from '../../../../src/core/grading/reference/ngrams.js';
import { words } from '../../../../src/core/grading/reference/normalize.js';

const overlap = (reference: string, answer: string): number[] => gramOverlap(gramSets(words(reference)), words(answer));

describe('word n-gram overlap', () => {
  it('counts distinct stemmed uni-, bi- and trigrams, function words included', () => {
    const sets = gramSets(words('the bulbs will stay lit'));
    // "lit" is an irregular form of "light" (base-form.ts).
    expect([...sets[0]!]).toEqual(['the', 'bulb', 'will', 'stai', 'light']);
    expect([...sets[1]!]).toEqual(['the bulb', 'bulb will', 'will stai', 'stai light']);
    expect([...sets[2]!]).toEqual(['the bulb will', 'bulb will stai', 'will stai light']);
  });

  it('gives recall and precision per n: word order and small words count', () => {
    // Same content words, other claim: unigrams half shared, no bigram or trigram.
    expect(overlap('the bulbs will stay lit', 'the bulbs can burn out')).toEqual([2 / 5, 2 / 5, 1 / 4, 1 / 4, 0, 0]);
    expect(overlap('the bulbs will stay lit', 'The bulbs will stay lit.')).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('stems irregular forms from their base form ("would" is "will", "went" is "go")', () => {
    expect(overlap('the bulbs will stay lit', 'the bulbs would burn out')).toEqual([3 / 5, 3 / 5, 2 / 4, 2 / 4, 1 / 3, 1 / 3]);
    expect(overlap('it will go through', 'it went through')).toEqual([3 / 4, 1, 1 / 3, 1 / 2, 0, 0]);
  });

  it('is 0 for an empty answer or reference, never NaN', () => {
    expect(overlap('the bulbs will stay lit', '')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(overlap('', 'the bulbs')).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('looks at no more than MAX_GRAM_WORDS words of an answer', () => {
    const long = Array.from({ length: MAX_GRAM_WORDS + 10 }, (_, i) => `w${i}`);
    expect(gramSets(long)[0]!.size).toBe(MAX_GRAM_WORDS);
  });
});
