import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/core/group-digits.js';
import { ANSWER_CUT } from '../../src/core/answer-input.js';

describe('groupDigits', () => {
  it('groups thousands with commas as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 20_000, 123_456, 1_000_000, 9_876_543_210, -1500]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    }
  });

  it('writes the answer-limit notice with the grouped limit', () => {
    expect(ANSWER_CUT).toBe('the answer is longer than 20,000 characters (the limit); only the first 20,000 are kept');
  });
});
