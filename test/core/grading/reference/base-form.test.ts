import { describe, expect, it } from 'vitest';
import { baseForm } from '../../../../src/core/grading/reference/base-form.js';
import { findLine } from '../../../../src/core/grading/reference/sorted-table.js';
import { baseStem, contentTerms, stem } from '../../../../src/core/grading/reference/terms.js';
import { scoreReference } from '../../../../src/core/grading/reference/index.js';

describe('findLine (sorted table searched in place)', () => {
  const table = 'ant a1\nbee b1 b2\ncat c1\ndog d1\nemu e1';
  it.each([
    ['ant', 'a1'],
    ['bee', 'b1 b2'],
    ['cat', 'c1'],
    ['dog', 'd1'],
    ['emu', 'e1'],
  ])('finds %s (first, middle and last lines)', (key, rest) => expect(findLine(table, key)).toBe(rest));
  it.each(['aardvark', 'be', 'beetle', 'cow', 'zebra', ''])('misses %j', (key) => expect(findLine(table, key)).toBeUndefined());
  it('an empty table has no lines', () => expect(findLine('', 'ant')).toBeUndefined());
});

describe('baseForm (WordNet exception lists)', () => {
  it.each([
    ['went', 'go'],
    ['goes', 'go'],
    ['took', 'take'],
    ['dried', 'dry'],
    ['hotter', 'hot'],
    ['heavier', 'heavy'],
    ['feet', 'foot'],
    ['mice', 'mouse'],
  ])('%s → %s', (form, base) => expect(baseForm(form)).toBe(base));
  it.each(['go', 'evaporated', 'salt', 'faster', 'xyzzy', ''])('leaves %j alone (a base, a regular form, an unknown word)', (w) => expect(baseForm(w)).toBe(w));
  it.each(['leaves', 'lives', 'shelves'])('leaves %j to the stemmer: also a regular form of another word (leave, live, shelve)', (w) => expect(baseForm(w)).toBe(w));
});

describe('stem with base forms', () => {
  it('an irregular form shares its base form\'s stem', () => {
    expect(stem('went')).toBe(stem('go'));
    expect(stem('dried')).toBe(stem('dry'));
    expect(stem('hotter')).toBe(stem('hot'));
    expect(stem('left')).toBe(stem('leaving'));
    expect(stem('leaves')).toBe(stem('left'));
  });
  it('baseStem takes the word as a base form (the WordNet table is keyed by it)', () => {
    expect(baseStem('left')).not.toBe(baseStem('leave'));
    expect(baseStem('evaporated')).toBe(stem('evaporated'));
  });
  it('content terms keep the word as written for feedback', () => {
    expect(contentTerms('The water dried up').map((t) => t.surface)).toEqual(['water', 'dried']);
  });
});

describe('reference-only scoring meets irregular forms', () => {
  const reference = 'The water evaporated, leaving the salt.';
  const question = 'How did you separate the salt from the water?';
  it('"left" meets the reference\'s "leaving"', () => {
    expect(scoreReference(reference, 'The water evaporated and left the salt.', question).matched).toContain('leaving');
    expect(scoreReference(reference, 'The water evaporated and kept the salt.', question).matched).not.toContain('leaving');
  });
  it('"dried" meets "dry", "went" meets "go"', () => {
    expect(scoreReference('The towel will dry in the sun.', 'It dried.').matched).toContain('dry');
    expect(scoreReference('The current can go through the wire.', 'The current went through.').matched).toContain('go');
  });
});
