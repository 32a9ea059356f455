// Cross-validated figures of reference-only grading, with grouped folds that
// mimic SciEntsBank's kept-back test splits:
//  - unseen answers: 10 folds of answers (a question's answers on both sides);
//  - unseen questions: 10 folds grouped by question;
//  - unseen domains: leave one domain (the id's module prefix: EM, FN, ...) out;
// and Mohler leave-one-assignment-out. Each fold refits the head fitted on its
// set without its held-out rows (the verdict head on SciEntsBank, the score
// head on Mohler; the other head is fitted on the other set whole) and grades
// them with the full grader (caps and swap check included) at drillbit's own
// verdict. Beside it, the word-overlap baseline:
// content-word overlap F1 with one cut-off tuned on the training folds.
import { bestCut, fitCorrectHead, fitScoreHead, macroF1, measureRows, pearson } from './fit-reference.mjs';

/** Deterministic fold of each row: by index, or by a group key spread over k folds / one per group. */
export function folds(rows, key, k) {
  if (!key) return rows.map((_, i) => (i * 7919 + 13) % k);
  const groups = [...new Set(rows.map(key))];
  const fold = new Map(groups.map((g, i) => [g, k ? (i * 7919 + 13) % k : i]));
  return rows.map((r) => fold.get(key(r)));
}

export const SPLITS = [
  { name: 'unseen answers', key: undefined, k: 10 },
  { name: 'unseen questions', key: (r) => r.question, k: 10 },
  { name: 'unseen domains', key: (r) => r.domain, k: 0 },
];

/** Content-word overlap F1 (distinct stems, stopwords out) of answer and reference. */
export function overlapF1(scorer, reference, answer) {
  const ref = new Set(scorer.contentTerms(reference).map((t) => t.stem));
  const ans = new Set(scorer.contentTerms(answer).map((t) => t.stem));
  let common = 0;
  for (const s of ans) if (ref.has(s)) common++;
  if (!common) return 0;
  const p = common / ans.size;
  const r = common / ref.size;
  return (2 * p * r) / (p + r);
}

function sciEntsBank(scorer, rows, mohler) {
  const measured = measureRows(scorer, rows);
  const moMeasured = mohler ? measureRows(scorer, mohler) : [];
  const moY = mohler ? mohler.map((r) => r.y) : [];
  const scoreHead = mohler ? fitScoreHead(moMeasured, moY) : scorer.MODEL.score;
  const overlap = rows.map((r) => overlapF1(scorer, r.reference, r.answer));
  const gold = rows.map((r) => r.y);
  return SPLITS.map(({ name, key, k }) => {
    const fold = folds(rows, key, k);
    const ours = new Array(rows.length);
    const base = new Array(rows.length);
    for (const f of new Set(fold)) {
      const train = rows.flatMap((_, i) => (fold[i] !== f ? [i] : []));
      const test = rows.flatMap((_, i) => (fold[i] === f ? [i] : []));
      const model = { correct: fitCorrectHead(scorer.FEATURE_NAMES, train.map((i) => measured[i]), train.map((i) => gold[i])), score: scoreHead };
      for (const i of test) ours[i] = scorer.gradeAgainstReference(rows[i].reference, rows[i].answer, rows[i].question, undefined, undefined, model).verdict === 'correct';
      const cut = bestCut(train.map((i) => overlap[i]), train.map((i) => gold[i]));
      for (const i of test) base[i] = overlap[i] >= cut;
    }
    return { name, folds: new Set(fold).size, macroF1: macroF1(ours, gold), baseline: macroF1(base, gold), calledCorrect: ours.filter(Boolean).length, correct: gold.filter(Boolean).length };
  });
}

function mohlerLoao(scorer, rows, sb) {
  const measured = measureRows(scorer, rows);
  const sbMeasured = sb ? measureRows(scorer, sb) : [];
  const sbY = sb ? sb.map((r) => r.y) : [];
  const pred = new Array(rows.length);
  // The verdict head is fitted on SciEntsBank alone, so no Mohler row of the held-out assignment is in it.
  const correct = sb ? fitCorrectHead(scorer.FEATURE_NAMES, sbMeasured, sbY) : scorer.MODEL.correct;
  for (const held of new Set(rows.map((r) => r.assignment))) {
    const train = rows.flatMap((r, i) => (r.assignment !== held ? [i] : []));
    const trainRows = train.map((i) => measured[i]);
    const trainY = train.map((i) => rows[i].y);
    const model = { correct, score: fitScoreHead(trainRows, trainY) };
    rows.forEach((r, i) => {
      if (r.assignment === held) pred[i] = scorer.gradeAgainstReference(r.reference, r.answer, r.question, undefined, undefined, model).score * 5;
    });
  }
  const gold = rows.map((r) => r.gold);
  return { r: pearson(pred, gold), baseline: pearson(rows.map((r) => overlapF1(scorer, r.reference, r.answer)), gold), n: rows.length };
}

/** Every cross-validated figure (SciEntsBank splits when `sb` is given, Mohler when `mohler` is). */
export function crossValidate(scorer, sb, mohler) {
  const out = {};
  const t0 = performance.now();
  // Each fold refits the head its set trains without its held-out rows (the other head is fitted on the other set whole).
  if (sb) out.sciEntsBank = sciEntsBank(scorer, sb, mohler);
  if (mohler) out.mohler = mohlerLoao(scorer, mohler, sb);
  out.ms = performance.now() - t0;
  return out;
}

/**
 * The kept-back SciEntsBank test splits, when they are present beside train.jsonl (any other
 * scientsbank/*.jsonl, same fields): graded with the shipped model, which was fitted on the
 * training split alone, beside the word-overlap baseline with its cut-off tuned on all of train.
 */
export function keptBack(scorer, train, splits) {
  const trainOverlap = train.map((r) => overlapF1(scorer, r.reference, r.answer));
  const cut = bestCut(trainOverlap, train.map((r) => r.y));
  return splits.map(({ name, rows }) => {
    const gold = rows.map((r) => r.y);
    const ours = rows.map((r) => scorer.gradeAgainstReference(r.reference, r.answer, r.question).verdict === 'correct');
    const base = rows.map((r) => overlapF1(scorer, r.reference, r.answer) >= cut);
    return { name, n: rows.length, macroF1: macroF1(ours, gold), baseline: macroF1(base, gold), calledCorrect: ours.filter(Boolean).length, correct: gold.filter(Boolean).length };
  });
}

/** Prints the figures of `keptBack`; returns the names of bars missed (these are the bar itself). */
export function printKeptBack(figures) {
  console.log(`SciEntsBank kept-back test splits, the shipped model (fitted on train only), 2-way macro-F1 at drillbit's verdict (bar ≥ 0.72 each)`);
  const missed = [];
  for (const s of figures) {
    console.log(`  ${s.name.padEnd(30)} ${String(s.n).padStart(5)} answers: drillbit ${s.macroF1.toFixed(3)}   word-overlap baseline ${s.baseline.toFixed(3)}   (called correct: ${s.calledCorrect}; labelled correct: ${s.correct})`);
    if (s.macroF1 < 0.72) missed.push(`SciEntsBank ${s.name} macro-F1 below 0.72`);
  }
  return missed;
}

/** Prints the figures of `crossValidate`; returns the names of bars missed. */
export function printFigures(figures) {
  const missed = [];
  if (figures.sciEntsBank) {
    console.log(`SciEntsBank train, cross-validated 2-way macro-F1 at drillbit's verdict (bar ≥ 0.72 on each hidden test split)`);
    for (const s of figures.sciEntsBank) {
      console.log(`  ${s.name.padEnd(17)} ${s.folds} folds: drillbit ${s.macroF1.toFixed(3)}   word-overlap baseline ${s.baseline.toFixed(3)}   (called correct: ${s.calledCorrect}; labelled correct: ${s.correct})`);
      if (s.macroF1 < 0.72) missed.push(`SciEntsBank ${s.name} macro-F1 below 0.72`);
    }
  }
  if (figures.mohler) {
    const m = figures.mohler;
    console.log(`Mohler reference-only, leave-one-assignment-out: Pearson r ${m.r.toFixed(3)} (bar ≥ 0.60; plain overlap F1 ${m.baseline.toFixed(3)}; n = ${m.n})`);
    if (m.r < 0.6) missed.push('Mohler r below 0.60');
  }
  console.log(`  (cross-validation took ${(figures.ms / 1000).toFixed(1)} s)`);
  return missed;
}
