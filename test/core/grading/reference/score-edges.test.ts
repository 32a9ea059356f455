import { describe, expect, it } from 'vitest';
import { referenceFeatures, scoreReference } from '../../../../src/core/grading/reference/index.js';
import { MAX_ANSWER_TERMS } from '../../../../src/core/grading/reference/features.js';

const REF = 'The kettle boils water quickly.';

describe('reference scoring at its edges', () => {
  it('an answer made only of words the question and the model answer share is not off topic', () => {
    const r = scoreReference(REF, 'Kettle.', 'What does the kettle do?');
    expect(r.offTopic).toBe(false);
    expect(r.matched).toContain('kettle');
  });

  it('an answer of question words alone that the model answer lacks is not off topic either; unrelated words are', () => {
    expect(scoreReference(REF, 'Appliance.', 'What does the appliance do?').offTopic).toBe(false);
    expect(scoreReference(REF, 'Pizza.', 'What does the appliance do?').offTopic).toBe(true);
  });

  it(`only the first ${MAX_ANSWER_TERMS} terms of an answer are read`, () => {
    expect(scoreReference(REF, `${'filler '.repeat(MAX_ANSWER_TERMS - 1)}kettle`).matched).toContain('kettle');
    expect(scoreReference(REF, `${'filler '.repeat(MAX_ANSWER_TERMS)}kettle`).matched).toEqual([]);
  });

  it('a model answer without words is never matched, not even by an empty answer', () => {
    expect(scoreReference('?', '')).toEqual({ score: 0, correct: false, offTopic: true, matched: [], missing: [] });
    expect(scoreReference('', '')).toEqual({ score: 0, correct: false, offTopic: true, matched: [], missing: [] });
  });

  it('a model answer without content words gives features without NaN', () => {
    const f = referenceFeatures('It is of the.', 'Water.');
    expect(f.vector.every((x) => Number.isFinite(x))).toBe(true);
    expect(referenceFeatures('It is of the.', 'it is of the').fixed).toBe(true);
  });
});
