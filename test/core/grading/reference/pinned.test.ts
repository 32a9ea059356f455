import { describe, expect, it } from 'vitest';
import { buildTermStats, FEATURE_NAMES, referenceFeatures, scoreReference } from '../../../../src/core/grading/reference/index.js';
import { gradeReference } from '../../../../src/core/grading/index.js';

// The feature values the shipped MODEL (model.ts) was fitted on, pinned to
// 1e-8 for a spread of answers: a paraphrase with a WordNet relative, a
// question echo, a typo, an off-topic answer, a short code-like answer, a
// keyword list, irregular forms (base-form.ts), a denial (negation.ts). The model's weights mean
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
    vector: [0.353846154,0.633333333,0.454025974,0.166666667,1.945910149,2.397895273,0,0.333333333,0.384615385,0.5,0.333333333,0.5,1.609437912,0.620173673,0.707106781,-0.451985124,0.333333333,0.416666667,0.444444444,0.333333333,0.2,0.166666667,0,0,0,0,0],
    corpusVector: [0.343972543,0.560524212,0.426325329,0.166666667,1.945910149,2.397895273,0,0.333333333,0.376467918,0.5,0.333333333,0.5,1.609437912,0.613569815,0.707106781,-0.451985124,0.333333333,0.416666667,0.444444444,0.333333333,0.2,0.166666667,0,0,0,0,0],
    score: 0.846323956, corpusScore: 0.845154043, correct: true, offTopic: false, verdict: 'correct',
    matched: ["water","evaporated","salt","heat"],
    missing: ["leaving","behind","makes","faster"],
  },
  {
    question: "How did you separate the salt from the water?",
    reference: "The water evaporated, leaving the salt behind. Heat makes water evaporate faster.",
    answer: "You separate the salt from the water.",
    vector: [0.076923077,1,0.142857143,0,1.386294361,2.397895273,0.333333333,0,0.076923077,0,0,0,1.098612289,0.277350098,0,-1.011600912,0,0,0.333333333,0.5,0.2,0.333333333,0,0,0,0,0],
    corpusVector: [0.064701878,1,0.121539896,0,1.386294361,2.397895273,0.333333333,0,0.064701878,0,0,0,1.098612289,0.254365637,0,-1.011600912,0,0,0.333333333,0.5,0.2,0.333333333,0,0,0,0,0],
    score: 0.699880131, corpusScore: 0.695347634, correct: false, offTopic: false, verdict: 'partial',
    matched: ["water","salt"],
    missing: ["evaporated","leaving","behind","heat","makes","faster"],
  },
  {
    question: "What is a variable?",
    reference: "A location in memory that can store a value.",
    answer: "a place in memry where a value is stored",
    vector: [0.7,0.7,0.7,0.5,1.609437912,1.609437912,0,0.25,1,1,1,1,1.609437912,1,1,0,1,1,0.5,0.5,0.125,0.125,0,0,0,0,0],
    corpusVector: [0.673649438,0.678076505,0.675855722,0.5,1.609437912,1.609437912,0,0.25,1,1,1,1,1.609437912,1,1,0,1,1,0.5,0.5,0.125,0.125,0,0,0,0,0],
    score: 0.961599752, corpusScore: 0.960810439, correct: true, offTopic: false, verdict: 'correct',
    matched: ["location","memory","store","value"],
    missing: [],
  },
  {
    question: "What is a variable?",
    reference: "A location in memory that can store a value.",
    answer: "Bananas grow in tropical climates.",
    vector: [0,0,0,0,1.609437912,1.609437912,0,1,0,0,0,0,0,0,0,0,0,0,0.125,0.2,0,0,0,0,0,0,0],
    corpusVector: [0,0,0,0,1.609437912,1.609437912,0,1,0,0,0,0,0,0,0,0,0,0,0.125,0.2,0,0,0,0,0,0,0],
    score: 0.592138605, corpusScore: 0.592138605, correct: false, offTopic: true, verdict: 'incorrect',
    matched: [],
    missing: ["location","memory","store","value"],
  },
  {
    question: "Why does the bulb light?",
    reference: "The circuit is closed, so electricity flows through the bulb.",
    answer: "Because the circuit is complete and current goes through the bulb and back to the battery.",
    vector: [0.294117647,0.285714286,0.289855072,0.25,2.079441542,1.791759469,0,0.714285714,0.764705882,0.5,0.75,1,1.609437912,0.874474632,0.707106781,0,0.5,0.75,0.555555556,0.384615385,0.444444444,0.266666667,0.25,0.142857143,0,0,0],
    corpusVector: [0.294948731,0.265461313,0.279429244,0.25,2.079441542,1.791759469,0,0.714285714,0.829874178,0.5,0.75,1,1.609437912,0.910974302,0.707106781,0,0.5,0.75,0.555555556,0.384615385,0.444444444,0.266666667,0.25,0.142857143,0,0,0],
    score: 0.929642758, corpusScore: 0.930238217, correct: true, offTopic: false, verdict: 'correct',
    matched: ["circuit","closed","flows","bulb"],
    missing: ["electricity"],
  },
  {
    question: "What does a stack do?",
    reference: "A stack stores items last in, first out: push adds on top, pop removes the top item.",
    answer: "LIFO. Push puts an element on the top and pop takes the top one off.",
    vector: [0.432432432,0.5,0.463768116,0.444444444,2.197224577,2.564949357,0,0.5,0.540540541,0.625,0.555555556,0.555555556,1.791759469,0.735214622,0.790569415,-0.36772478,0.555555556,0.555555556,0.4,0.5,0.0625,0.076923077,0,0,0,0,0],
    corpusVector: [0.423612047,0.45141516,0.437071895,0.444444444,2.197224577,2.564949357,0,0.5,0.540596973,0.625,0.555555556,0.555555556,1.791759469,0.735253,0.790569415,-0.36772478,0.555555556,0.555555556,0.4,0.5,0.0625,0.076923077,0,0,0,0,0],
    score: 0.896721403, corpusScore: 0.895775217, correct: true, offTopic: false, verdict: 'correct',
    matched: ["items","push","top","pop","removes"],
    missing: ["stores","last","first","adds","stack"],
  },
  {
    question: "What does a stack do?",
    reference: "A stack stores items last in, first out: push adds on top, pop removes the top item.",
    answer: "It is a queue, first in first out.",
    vector: [0.108108108,0.5,0.177777778,0.111111111,1.098612289,2.564949357,0,0.5,0.108108108,0.5,0.111111111,0.111111111,0.693147181,0.328797975,0.707106781,-1.466337069,0.111111111,0.111111111,0.266666667,0.571428571,0.125,0.285714286,0.066666667,0.166666667,0,0,0],
    corpusVector: [0.105903012,0.444024717,0.171017217,0.111111111,1.098612289,2.564949357,0,0.5,0.105903012,0.5,0.111111111,0.111111111,0.693147181,0.325427429,0.707106781,-1.466337069,0.111111111,0.111111111,0.266666667,0.571428571,0.125,0.285714286,0.066666667,0.166666667,0,0,0],
    score: 0.751883033, corpusScore: 0.752591527, correct: false, offTopic: false, verdict: 'partial',
    matched: ["first"],
    missing: ["stores","items","last","push","adds","top","pop","removes","stack"],
  },
  {
    question: "Which material is a conductor?",
    reference: "Metals such as copper and iron conduct electricity.",
    answer: "copper conducts electricity, iron too, but wood and plastic do not",
    vector: [0.8,0.666666667,0.727272727,0.8,1.945910149,1.791759469,0,0.333333333,0.8,0.666666667,0.8,0.8,1.609437912,0.894427191,0.816496581,0,0.8,0.8,0.625,0.454545455,0.142857143,0.1,0,0,0,0,0],
    corpusVector: [0.7703256,0.572524814,0.656857259,0.8,1.945910149,1.791759469,0,0.333333333,0.7703256,0.666666667,0.8,0.8,1.609437912,0.877681947,0.816496581,0,0.8,0.8,0.625,0.454545455,0.142857143,0.1,0,0,0,0,0],
    score: 0.964261423, corpusScore: 0.962845569, correct: true, offTopic: false, verdict: 'correct',
    matched: ["copper","iron","conduct","electricity"],
    missing: ["metals"],
  },
  {
    question: "Which material is a conductor?",
    reference: "Metals such as copper and iron conduct electricity.",
    answer: "conductor conductor conductor material",
    vector: [0.16,0,0,0,1.098612289,1.791759469,1,0,0.2,0,0.2,0.2,0.693147181,0.447213595,0,-0.693147181,0.2,0.2,0,0,0,0,0,0,0,0,0],
    corpusVector: [0.156640739,0,0,0,1.098612289,1.791759469,1,0,0.195800924,0,0.2,0.2,0.693147181,0.442493982,0,-0.693147181,0.2,0.2,0,0,0,0,0,0,0,0,0],
    score: 0.656315253, corpusScore: 0.65572272, correct: false, offTopic: false, verdict: 'partial',
    matched: ["conduct"],
    missing: ["metals","copper","iron","electricity"],
  },
  {
    question: "Which material is a conductor?",
    reference: "Metals such as copper and iron conduct electricity.",
    answer: "Copper and iron do not conduct electricity.",
    vector: [0.8,1,0.888888889,0.8,1.609437912,1.791759469,0,0,0.8,1,0.8,0.8,1.609437912,0.894427191,1,-0.182321557,0.8,0.8,0.625,0.714285714,0.428571429,0.5,0.166666667,0.2,0.5,0.5,0.5],
    corpusVector: [0.7703256,1,0.870264317,0.8,1.609437912,1.791759469,0,0,0.7703256,1,0.8,0.8,1.609437912,0.877681947,1,-0.182321557,0.8,0.8,0.625,0.714285714,0.428571429,0.5,0.166666667,0.2,0.491641133,0.491641133,0.5],
    score: 0.987460766, corpusScore: 0.987035431, correct: true, offTopic: false, verdict: 'correct',
    matched: ["copper","iron","conduct","electricity"],
    missing: ["metals"],
  },
  {
    question: "How did you separate the salt from the water?",
    reference: "The water evaporated, leaving the salt behind. Heat makes water evaporate faster.",
    answer: "The water dried up and left the salt; it went faster when it was hotter.",
    vector: [0.384615385,0.571428571,0.459770115,0.333333333,2.079441542,2.397895273,0,0.428571429,0.538461538,0.8,0.5,0.5,1.791759469,0.733799386,0.894427191,-0.318453731,0.333333333,0.416666667,0.555555556,0.384615385,0.3,0.214285714,0.1,0.076923077,0,0,0],
    corpusVector: [0.363280202,0.487332742,0.416260623,0.333333333,2.079441542,2.397895273,0,0.428571429,0.512569364,0.8,0.5,0.5,1.791759469,0.715939498,0.894427191,-0.318453731,0.333333333,0.416666667,0.555555556,0.384615385,0.3,0.214285714,0.1,0.076923077,0,0,0],
    score: 0.908216025, corpusScore: 0.906205685, correct: true, offTopic: false, verdict: 'correct',
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
