import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../src/core/grading/memo.js';
import { prepareReference } from '../../../src/core/grading/reference/prepare.js';
import { buildTermStats, cachedIdf, idf } from '../../../src/core/grading/reference/term-stats.js';
import { groupsOfStem } from '../../../src/core/grading/reference/related.js';

/** A memo over a counting computation: `calls` lists the keys computed. */
function counted(limit: number): { get: (k: string) => string; calls: string[] } {
  const memo = boundedMemo<string, string>(limit);
  const calls: string[] = [];
  return { get: (k) => memo(k, () => (calls.push(k), `v:${k}`)), calls };
}

describe('boundedMemo', () => {
  it('computes a key once and returns the remembered value after', () => {
    const m = counted(10);
    expect([m.get('a'), m.get('b'), m.get('a'), m.get('b')]).toEqual(['v:a', 'v:b', 'v:a', 'v:b']);
    expect(m.calls).toEqual(['a', 'b']);
  });

  it('remembers undefined and null values too (a miss is not recomputed)', () => {
    const memo = boundedMemo<string, undefined | null>(10);
    let calls = 0;
    for (let i = 0; i < 3; i++) {
      expect(memo('u', () => (calls++, undefined))).toBeUndefined();
      expect(memo('n', () => (calls++, null))).toBeNull();
    }
    expect(calls).toBe(2);
  });

  it('holds exactly `limit` keys, then starts over with the new one', () => {
    const m = counted(2);
    m.get('a');
    m.get('b');
    m.get('a');
    expect(m.calls).toEqual(['a', 'b']);
    m.get('c'); // full at 2: forgets a and b, keeps c
    m.get('c');
    m.get('b');
    m.get('a');
    expect(m.calls).toEqual(['a', 'b', 'c', 'b', 'a']);
  });
});

describe('the grader memos return the same preparation', () => {
  const ref = 'The memo test reference: a kettle boils water at sea level.';

  it('prepareReference is cached per question and per statistics object', () => {
    const stats = buildTermStats(['kettle water', 'water level']);
    const other = buildTermStats(['kettle water', 'water level']);
    expect(prepareReference(ref)).toBe(prepareReference(ref));
    expect(prepareReference(ref, 'q')).toBe(prepareReference(ref, 'q'));
    expect(prepareReference(ref, 'q')).not.toBe(prepareReference(ref));
    expect(prepareReference(ref, '', stats)).toBe(prepareReference(ref, '', stats));
    expect(prepareReference(ref, '', stats)).not.toBe(prepareReference(ref, '', other));
    expect(prepareReference(ref, '', stats)).not.toBe(prepareReference(ref));
  });

  it('weights a reference by its own statistics, not by those of the first caller', () => {
    const rare = buildTermStats(['kettle', 'tea', 'coffee', 'milk']);
    const common = buildTermStats(['kettle', 'kettle boils', 'kettle water', 'kettle tea']);
    const weight = (s: typeof rare) => prepareReference(ref, '', s).terms.find((t) => t.surface === 'kettle')!.weight;
    expect(weight(rare)).toBeCloseTo(idf(rare, 'kettl'), 6);
    expect(weight(common)).toBeCloseTo(idf(common, 'kettl'), 6);
    expect(weight(rare)).toBeGreaterThan(weight(common));
  });

  it('a reference with question beyond 20,000 characters is prepared afresh each time', () => {
    const long = `${'word '.repeat(4_000)}end`;
    expect(long.length).toBeGreaterThan(20_000);
    expect(prepareReference(long)).not.toBe(prepareReference(long));
    expect(prepareReference(long).terms).toEqual(prepareReference(long).terms);
    const edge = 'x'.repeat(20_000 - 1); // key: "" + NUL + reference = 20,000 characters
    expect(prepareReference(edge)).toBe(prepareReference(edge));
    const over = 'x'.repeat(20_000);
    expect(prepareReference(over)).not.toBe(prepareReference(over));
  });

  it('cachedIdf gives idf, per statistics object', () => {
    const a = buildTermStats(['kettle', 'tea']);
    const b = buildTermStats(['kettle', 'kettle']);
    expect(cachedIdf(a, 'kettl')).toBe(idf(a, 'kettl'));
    expect(cachedIdf(b, 'kettl')).toBe(idf(b, 'kettl'));
    expect(cachedIdf(a, 'kettl')).not.toBe(cachedIdf(b, 'kettl'));
  });

  it('groupsOfStem returns one list per stem', () => {
    expect(groupsOfStem('water')).toBe(groupsOfStem('water'));
    expect(groupsOfStem('water').length).toBeGreaterThan(0);
    expect(groupsOfStem('zzqx')).toEqual([]);
  });
});
