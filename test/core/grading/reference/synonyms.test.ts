import { describe, expect, it } from 'vitest';
import { canonical, synonymTable } from '../../../../src/core/grading/reference/synonyms.js';

// A stand-in stemmer: drops a final "s", so stemming is visible in the table.
const stem = (w: string): string => w.replace(/s$/, '');

describe('synonymTable', () => {
  it('maps every word of a group to the stem of its first word; a word in two groups keeps the first', () => {
    const table = synonymTable('\nbig large huge\n  small \t littles   tiny \nlone\n\nlarges grand\n', stem);
    expect([...table]).toEqual([
      ['big', 'big'],
      ['large', 'big'],
      ['huge', 'big'],
      ['small', 'small'],
      ['little', 'small'],
      ['tiny', 'small'],
      ['grand', 'large'],
    ]);
  });
});

describe('canonical', () => {
  it('gives a word of a shipped group its group head, and any other word itself', () => {
    expect(canonical('maximum', (w) => w)).toBe('maximum');
    expect(canonical('largest', (w) => w)).toBe('maximum');
    expect(canonical('zebra', (w) => w)).toBe('zebra');
  });
});
