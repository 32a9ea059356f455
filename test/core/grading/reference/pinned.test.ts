import { describe, expect, it } from 'vitest';
import { buildTermStats, FEATURE_NAMES, referenceFeatures, scoreReference } from '../../../../src/core/grading/reference/index.js';
import { gradeReference } from '../../../../src/core/grading/index.js';

// The feature values the shipped MODEL (model.ts) was fitted on, pinned to
// 1e-8 for a spread of answers: a paraphrase with a WordNet relative, a
// question echo, a typo, an off-topic answer, a short code-like answer, a
// keyword list, irregular forms (base-form.ts). The model's weights mean
// something only for these exact measurements, so a change to any feature,
// weight or term list must show here, and then calls for a refit
// (node scripts/fit-reference.mjs) and new pins, never for loosening these.
interface Pinned {
  question: string;
  reference: string;
  answer: string;
  vector: number[];
  corpusVector: number[];
  score: number;
  corpusScore: number;
  correct: boolean;
  offTopic: boolean;
  verdict: string;
  matched: string[];
  missing: string[];
}

const PINNED: Pinned[] = [
  {
    question: "How did you separate the salt from the water?",
    reference: "The water evaporated, leaving the salt behind. Heat makes water evaporate faster.",
    answer: "I heated it until the water turned to vapor and the salt stayed.",
    vector: [0.353846154,0.633333333,0.454025974,0.166666667,1.945910149,2.397895273,0,0.333333333,0.384615385,0.5,0.333333333,0.5,1.609437912,0.620173673,0.707106781,-0.451985124,0.333333333,0.416666667,0.444444444,0.333333333,0.2,0.166666667,0,0],
    corpusVector: [0.343614998,0.55814255,0.425360789,0.166666667,1.945910149,2.397895273,0,0.333333333,0.376172881,0.5,0.333333333,0.5,1.609437912,0.613329342,0.707106781,-0.451985124,0.333333333,0.416666667,0.444444444,0.333333333,0.2,0.166666667,0,0],
    score: 0.848001586, corpusScore: 0.846824109, correct: true, offTopic: false, verdict: 'correct',
    matched: ["water","evaporated","salt","heat"],
    missing: ["leaving","behind","makes","faster"],
  },
  {
    question: "How did you separate the salt from the water?",
    reference: "The water evaporated, leaving the salt behind. Heat makes water evaporate faster.",
    answer: "You separate the salt from the water.",
    vector: [0.076923077,1,0.142857143,0,1.386294361,2.397895273,0.333333333,0,0.076923077,0,0,0,1.098612289,0.277350098,0,-1.011600912,0,0,0.333333333,0.5,0.2,0.333333333,0,0],
    corpusVector: [0.064259322,1,0.120758767,0,1.386294361,2.397895273,0.333333333,0,0.064259322,0,0,0,1.098612289,0.253494225,0,-1.011600912,0,0,0.333333333,0.5,0.2,0.333333333,0,0],
    score: 0.700995769, corpusScore: 0.696283276, correct: false, offTopic: false, verdict: 'partial',
    matched: ["water","salt"],
    missing: ["evaporated","leaving","behind","heat","makes","faster"],
  },
  {
    question: "What is a variable?",
    reference: "A location in memory that can store a value.",
    answer: "a place in memry where a value is stored",
    vector: [0.7,0.7,0.7,0.5,1.609437912,1.609437912,0,0.25,1,1,1,1,1.609437912,1,1,0,1,1,0.5,0.5,0.125,0.125,0,0],
    corpusVector: [0.672761833,0.677364739,0.67505544,0.5,1.609437912,1.609437912,0,0.25,1,1,1,1,1.609437912,1,1,0,1,1,0.5,0.5,0.125,0.125,0,0],
    score: 0.962177052, corpusScore: 0.961385111, correct: true, offTopic: false, verdict: 'correct',
    matched: ["location","memory","store","value"],
    missing: [],
  },
  {
    question: "What is a variable?",
    reference: "A location in memory that can store a value.",
    answer: "Bananas grow in tropical climates.",
    vector: [0,0,0,0,1.609437912,1.609437912,0,1,0,0,0,0,0,0,0,0,0,0,0.125,0.2,0,0,0,0],
    corpusVector: [0,0,0,0,1.609437912,1.609437912,0,1,0,0,0,0,0,0,0,0,0,0,0.125,0.2,0,0,0,0],
    score: 0.587038057, corpusScore: 0.587038057, correct: false, offTopic: true, verdict: 'incorrect',
    matched: [],
    missing: ["location","memory","store","value"],
  },
  {
    question: "Why does the bulb light?",
    reference: "The circuit is closed, so electricity flows through the bulb.",
    answer: "Because the circuit is complete and current goes through the bulb and back to the battery.",
    vector: [0.294117647,0.285714286,0.289855072,0.25,2.079441542,1.791759469,0,0.714285714,0.764705882,0.5,0.75,1,1.609437912,0.874474632,0.707106781,0,0.5,0.75,0.555555556,0.384615385,0.444444444,0.266666667,0.25,0.142857143],
    corpusVector: [0.287232739,0.26488149,0.275604692,0.25,2.079441542,1.791759469,0,0.714285714,0.810059109,0.5,0.75,1,1.609437912,0.900032838,0.707106781,0,0.5,0.75,0.555555556,0.384615385,0.444444444,0.266666667,0.25,0.142857143],
    score: 0.930148411, corpusScore: 0.930176126, correct: true, offTopic: false, verdict: 'correct',
    matched: ["circuit","closed","flows","bulb"],
    missing: ["electricity"],
  },
  {
    question: "What does a stack do?",
    reference: "A stack stores items last in, first out: push adds on top, pop removes the top item.",
    answer: "LIFO. Push puts an element on the top and pop takes the top one off.",
    vector: [0.432432432,0.5,0.463768116,0.444444444,2.197224577,2.564949357,0,0.5,0.540540541,0.625,0.555555556,0.555555556,1.791759469,0.735214622,0.790569415,-0.36772478,0.555555556,0.555555556,0.4,0.5,0.0625,0.076923077,0,0],
    corpusVector: [0.423316553,0.449918995,0.436212562,0.444444444,2.197224577,2.564949357,0,0.5,0.540598864,0.625,0.555555556,0.555555556,1.791759469,0.735254285,0.790569415,-0.36772478,0.555555556,0.555555556,0.4,0.5,0.0625,0.076923077,0,0],
    score: 0.897981418, corpusScore: 0.897035926, correct: true, offTopic: false, verdict: 'correct',
    matched: ["items","push","top","pop","removes"],
    missing: ["stores","last","first","adds","stack"],
  },
  {
    question: "What does a stack do?",
    reference: "A stack stores items last in, first out: push adds on top, pop removes the top item.",
    answer: "It is a queue, first in first out.",
    vector: [0.108108108,0.5,0.177777778,0.111111111,1.098612289,2.564949357,0,0.5,0.108108108,0.5,0.111111111,0.111111111,0.693147181,0.328797975,0.707106781,-1.466337069,0.111111111,0.111111111,0.266666667,0.571428571,0.125,0.285714286,0.066666667,0.166666667],
    corpusVector: [0.105829138,0.442330039,0.17079494,0.111111111,1.098612289,2.564949357,0,0.5,0.105829138,0.5,0.111111111,0.111111111,0.693147181,0.325313907,0.707106781,-1.466337069,0.111111111,0.111111111,0.266666667,0.571428571,0.125,0.285714286,0.066666667,0.166666667],
    score: 0.751974455, corpusScore: 0.752697508, correct: false, offTopic: false, verdict: 'partial',
    matched: ["first"],
    missing: ["stores","items","last","push","adds","top","pop","removes","stack"],
  },
  {
    question: "Which material is a conductor?",
    reference: "Metals such as copper and iron conduct electricity.",
    answer: "copper conducts electricity, iron too, but wood and plastic do not",
    vector: [0.8,0.666666667,0.727272727,0.8,1.945910149,1.791759469,0,0.333333333,0.8,0.666666667,0.8,0.8,1.609437912,0.894427191,0.816496581,0,0.8,0.8,0.625,0.454545455,0.142857143,0.1,0,0],
    corpusVector: [0.779426402,0.608313048,0.683320274,0.8,1.945910149,1.791759469,0,0.333333333,0.779426402,0.666666667,0.8,0.8,1.609437912,0.882851291,0.816496581,0,0.8,0.8,0.625,0.454545455,0.142857143,0.1,0,0],
    score: 0.964737531, corpusScore: 0.963841214, correct: true, offTopic: false, verdict: 'correct',
    matched: ["copper","iron","conduct","electricity"],
    missing: ["metals"],
  },
  {
    question: "Which material is a conductor?",
    reference: "Metals such as copper and iron conduct electricity.",
    answer: "conductor conductor conductor material",
    vector: [0.16,0,0,0,1.098612289,1.791759469,1,0,0.2,0,0.2,0.2,0.693147181,0.447213595,0,-0.693147181,0.2,0.2,0,0,0,0,0,0],
    corpusVector: [0.159226834,0,0,0,1.098612289,1.791759469,1,0,0.199033542,0,0.2,0.2,0.693147181,0.446131754,0,-0.693147181,0.2,0.2,0,0,0,0,0,0],
    score: 0.65899738, corpusScore: 0.658860307, correct: false, offTopic: false, verdict: 'partial',
    matched: ["conduct"],
    missing: ["metals","copper","iron","electricity"],
  },
  {
    question: "How did you separate the salt from the water?",
    reference: "The water evaporated, leaving the salt behind. Heat makes water evaporate faster.",
    answer: "The water dried up and left the salt; it went faster when it was hotter.",
    vector: [0.384615385,0.571428571,0.459770115,0.333333333,2.079441542,2.397895273,0,0.428571429,0.538461538,0.8,0.5,0.5,1.791759469,0.733799386,0.894427191,-0.318453731,0.333333333,0.416666667,0.555555556,0.384615385,0.3,0.214285714,0.1,0.076923077],
    corpusVector: [0.36250761,0.484471432,0.414708209,0.333333333,2.079441542,2.397895273,0,0.428571429,0.511631754,0.8,0.5,0.5,1.791759469,0.715284387,0.894427191,-0.318453731,0.333333333,0.416666667,0.555555556,0.384615385,0.3,0.214285714,0.1,0.076923077],
    score: 0.909266879, corpusScore: 0.90723739, correct: true, offTopic: false, verdict: 'correct',
    matched: ["water","leaving","salt","heat","faster"],
    missing: ["evaporated","behind","makes"],
  },
];

// IDF from these references and answers, as `grade --batch` builds it from a batch.
const corpus = buildTermStats([...PINNED.map((p) => p.reference), ...PINNED.map((p) => p.answer)]);

const expectVector = (actual: readonly number[], expected: readonly number[]): void => {
  expect(actual).toHaveLength(FEATURE_NAMES.length);
  actual.forEach((v, i) => expect(v, FEATURE_NAMES[i]).toBeCloseTo(expected[i]!, 8));
};

describe('reference-only grading: pinned measurements of the fitted model', () => {
  it.each(PINNED)('$answer', (p) => {
    const measured = referenceFeatures(p.reference, p.answer, p.question);
    expectVector(measured.vector, p.vector);
    expect(measured.fixed).toBe(false);
    const s = scoreReference(p.reference, p.answer, p.question);
    expect(s.score).toBeCloseTo(p.score, 8);
    expect({ correct: s.correct, offTopic: s.offTopic, matched: s.matched, missing: s.missing }).toEqual({ correct: p.correct, offTopic: p.offTopic, matched: p.matched, missing: p.missing });
    expect(gradeReference(p.reference, p.answer, p.question).verdict).toBe(p.verdict);
  });

  it.each(PINNED)('with corpus IDF: $answer', (p) => {
    expectVector(referenceFeatures(p.reference, p.answer, p.question, corpus).vector, p.corpusVector);
    expect(scoreReference(p.reference, p.answer, p.question, corpus).score).toBeCloseTo(p.corpusScore, 8);
  });

  it('an answer the model is not asked about is "fixed": the reference itself, no words, a reference without content words', () => {
    const p = PINNED[0]!;
    expect(referenceFeatures(p.reference, p.reference, p.question).fixed).toBe(true);
    expect(referenceFeatures(p.reference, '  ?! ', p.question).fixed).toBe(true);
    expect(referenceFeatures('the of it', 'anything at all', p.question).fixed).toBe(true);
    expect(referenceFeatures(p.reference, `${p.reference} ${p.reference}`, p.question).fixed).toBe(false);
  });
});
