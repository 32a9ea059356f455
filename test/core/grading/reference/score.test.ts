import { describe, expect, it } from 'vitest';
import { buildTermStats, scoreReference } from '../../../../src/core/grading/reference/index.js';
import { gradeReference } from '../../../../src/core/grading/index.js';

const Q = 'What is a variable?';
const REF = 'A location in memory that can store a value.';

describe('scoreReference: labelled edge cases', () => {
  it('identical answer → 1', () => {
    expect(scoreReference(REF, REF, Q).score).toBe(1);
  });
  it('identical up to case and punctuation → 1', () => {
    expect(scoreReference(REF, 'a LOCATION in memory, that can store a value', Q).score).toBe(1);
  });
  it('identical answer → 1 even when every reference word is in the question', () => {
    expect(scoreReference('Linked list.', 'linked list', 'What is a linked list?').score).toBe(1);
  });
  it('empty answer → 0 with every key term missing', () => {
    const r = scoreReference(REF, '', Q);
    expect(r).toEqual({ score: 0, correct: false, offTopic: true, matched: [], missing: expect.arrayContaining(['location', 'memory', 'store', 'value']) });
  });
  it('whitespace and punctuation only → 0', () => {
    expect(scoreReference(REF, '  ?! \n', Q).score).toBe(0);
  });
  it('stopwords only are off topic and graded incorrect', () => {
    expect(scoreReference(REF, 'it is that which can be of the', Q).offTopic).toBe(true);
    expect(gradeReference(REF, 'it is that which can be of the', Q).verdict).toBe('incorrect');
  });
  it('unrelated text is off topic and graded incorrect', () => {
    expect(scoreReference(REF, 'Bananas grow in tropical climates.', Q)).toMatchObject({ correct: false, offTopic: true });
    const graded = gradeReference(REF, 'Bananas grow in tropical climates.', Q);
    expect(graded.verdict).toBe('incorrect');
    expect(graded.notes).toContain('the answer shares no key word with the model answer or the question');
  });
  it('question words only are not correct and score below a paraphrase', () => {
    expect(gradeReference(REF, 'a variable', Q).verdict).not.toBe('correct');
    expect(scoreReference(REF, 'a variable', Q).score).toBeLessThan(scoreReference(REF, 'It locates a place in memory for storing values', Q).score);
  });
  it('question words that the reference repeats earn little', () => {
    const q = 'What is a linked list?';
    const ref = 'A linked list is a chain of nodes joined by pointers.';
    const echo = scoreReference(ref, 'a linked list', q);
    const real = scoreReference(ref, 'nodes chained together with pointers', q);
    expect(echo.correct).toBe(false);
    expect(gradeReference(ref, 'a linked list', q).verdict).not.toBe('correct');
    expect(real.correct).toBe(true);
    expect(real.score).toBeGreaterThan(echo.score);
  });
  it('paraphrase with other inflections scores above unrelated text', () => {
    const para = scoreReference(REF, 'It locates a place in memory for storing values', Q).score;
    const unrelated = scoreReference(REF, 'The compiler prints a warning message', Q).score;
    expect(para).toBeGreaterThan(0.5);
    expect(para).toBeGreaterThan(unrelated);
  });
  it('a typo still earns partial credit', () => {
    const typo = scoreReference(REF, 'a locaton in memroy', Q).score;
    expect(typo).toBeGreaterThan(0);
    expect(typo).toBeLessThan(scoreReference(REF, 'a location in memory', Q).score);
  });
  it('partial answer lands strictly between 0 and 1', () => {
    const s = scoreReference(REF, 'somewhere in memory', Q).score;
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(1);
  });
  it('matched and missing report the reference words, most informative missing first', () => {
    const corpus = buildTermStats(['memory is fast', 'memory is slow', 'memory leaks', REF, Q]);
    const r = scoreReference(REF, 'memory', Q, corpus);
    // WordNet relates "memory" to "store" (a computer's store), so both count as met.
    expect(r.matched).toEqual(['memory', 'store']);
    expect(r.missing).toEqual(['location', 'value']);
  });
  it('IDF: matching a rare term is worth more than matching a common one', () => {
    const ref = 'The heap stores objects';
    const corpus = buildTermStats(['objects everywhere', 'more objects', 'objects again', ref]);
    const rare = scoreReference(ref, 'heap', undefined, corpus).score;
    const common = scoreReference(ref, 'objects', undefined, corpus).score;
    expect(rare).toBeGreaterThan(common);
  });
  it('a reference without content words grades only its exact wording', () => {
    expect(scoreReference('It is.', 'it is', undefined).score).toBe(1);
    expect(scoreReference('It is.', 'it was', undefined).score).toBe(0);
  });
  it('is deterministic', () => {
    const a = scoreReference(REF, 'memory location', Q);
    const b = scoreReference(REF, 'memory location', Q);
    expect(a).toEqual(b);
  });
});

describe('monotonic: appending a missing key term never lowers the score', () => {
  it('adding the right spelling next to a typo does not lower the score', () => {
    const typo = scoreReference(REF, 'a locaton in memory', Q).score;
    const both = scoreReference(REF, 'a locaton in memory location', Q).score;
    expect(both).toBeGreaterThanOrEqual(typo);
  });

  const items: [string, string, string][] = [
    [REF, Q, 'memory'],
    ['To simulate the behaviour of portions of the desired software product.', 'What is the role of a prototype program?', 'it shows the product'],
    ['Data members (attributes) and member functions.', 'What is typically included in a class definition?', 'variables'],
    ['The height of the tree (or log of the number of elements in the tree).', 'How many comparisons to find an element in a binary search tree?', 'log n'],
  ];
  for (const [ref, q, start] of items) {
    it(ref.slice(0, 40), () => {
      let answer = start;
      let prev = scoreReference(ref, answer, q).score;
      for (let guard = 0; guard < 20; guard++) {
        const { missing } = scoreReference(ref, answer, q);
        if (missing.length === 0) break;
        answer = `${answer} ${missing[missing.length - 1]}`;
        const next = scoreReference(ref, answer, q).score;
        expect(next).toBeGreaterThanOrEqual(prev);
        prev = next;
      }
      expect(scoreReference(ref, answer, q).missing).toEqual([]);
    });
  }
});
