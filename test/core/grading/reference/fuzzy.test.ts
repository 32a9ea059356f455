import { describe, expect, it } from 'vitest';
import { nearCredit } from '../../../../src/core/grading/reference/fuzzy.js';

// [reference stem, answer stem, credit]
const CASES: [string, string, number][] = [
  ['evapor', 'evapor', 1],
  // one typo in a word of 5+ letters
  ['magnet', 'magnit', 0.8], // substitution
  ['xbcdef', 'abcdef', 0.8], // at the first letter: no shared prefix at all
  ['abcdefgh', 'abcxefgh', 0.8], // shared prefix too short for the prefix rule
  ['circuit', 'cirucit', 0.8], // adjacent swap
  ['magnet', 'magnxet', 0.8], // insertion (the answer longer)
  ['magnxet', 'magnet', 0.8], // deletion (the reference longer)
  ['plant', 'plans', 0.8], // 5 letters is enough
  // more than one edit
  ['circuit', 'icrucit', 0],
  ['magnet', 'mognit', 0],
  ['abcdefg', 'xabcdefgx', 0],
  ['abcdefgh', 'abxdefyh', 0],
  // short words are exact or a shared prefix
  ['plan', 'plat', 0],
  ['heat', 'heap', 0],
  // a shared prefix of 4+ letters covering 3/4 of the shorter stem
  ['heat', 'heater', 0.8],
  ['electr', 'electricity', 0.8],
  ['elect', 'electron', 0.8],
  // a 3-letter stem that begins the other word ("low" / "lower", "mix" / "mixture")
  ['hea', 'heat', 0.8],
  ['low', 'lower', 0.8],
  ['mix', 'mixtur', 0.8],
  ['low', 'loud', 0],
  ['ab', 'abc', 0],
  ['evaporate', 'evapotranspire', 0], // prefix 5 of 9: under 3/4
  ['conduct', 'condxxxx', 0], // prefix 4 of 7: under 3/4
  ['condu', 'condxx', 0.8], // prefix 4 of 5: over 3/4
];

describe('nearCredit', () => {
  it.each(CASES)('%s ~ %s: %d', (r, a, credit) => {
    expect(nearCredit(r, a)).toBe(credit);
  });

  it('is symmetric', () => {
    for (const [r, a] of CASES) expect(nearCredit(a, r), `${r} ${a}`).toBe(nearCredit(r, a));
  });
});
