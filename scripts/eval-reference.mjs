#!/usr/bin/env node
// Evaluates scoreReference on the Mohler et al. (2011) short-answer set:
// Pearson r and RMSE (score × 5 vs score_avg), overall and per assignment.
// "shipped" uses the constants in model.ts (fitted on all of Mohler, so in-sample);
// "LOAO" refits the same procedure leaving each assignment out and scores it
// with weights that never saw it — that is the figure to report.
// Term statistics: every question + reference answer (the "deck"); no student
// answers are used at grading time. Usage: npm run eval:reference
import { performance } from 'node:perf_hooks';
import { assignmentOf, deckDocuments, fitLinear, fitModel, loadMohler, loadScorer, pearson } from './fit-reference.mjs';

const rmse = (a, b) => Math.sqrt(a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0) / a.length);

function report(label, rows, pred) {
  const gold = rows.map((r) => r.score_avg);
  const p5 = pred.map((p) => p * 5);
  console.log(`${label}: r = ${pearson(p5, gold).toFixed(3)}  RMSE = ${rmse(p5, gold).toFixed(3)}  (n = ${rows.length})`);
  const byA = new Map();
  rows.forEach((r, i) => {
    const a = assignmentOf(r);
    if (!byA.has(a)) byA.set(a, []);
    byA.get(a).push(i);
  });
  const parts = [...byA.entries()].sort((x, y) => Number(x[0]) - Number(y[0])).map(([a, idx]) => {
    const r = pearson(idx.map((i) => p5[i]), idx.map((i) => gold[i]));
    return `${a}:${r.toFixed(2)}`;
  });
  console.log(`  per assignment r: ${parts.join(' ')}`);
}

const rows = loadMohler();
const scorer = await loadScorer();
const corpus = scorer.buildTermStats(deckDocuments(rows));

const t0 = performance.now();
const c0 = process.cpuUsage();
const shipped = rows.map((r) => scorer.scoreReference(r.reference_answer, r.student_answer, r.question, corpus).score);
const cpu = process.cpuUsage(c0);
const ms = performance.now() - t0;
const noCorpus = rows.map((r) => scorer.scoreReference(r.reference_answer, r.student_answer, r.question).score);

const X = rows.map((r) => scorer.referenceFeatures(r.reference_answer, r.student_answer, r.question, corpus));
const X0 = rows.map((r) => scorer.referenceFeatures(r.reference_answer, r.student_answer, r.question));
const y = rows.map((r) => r.score_avg / 5);
const loao = new Array(rows.length);
const loaoNoCorpus = new Array(rows.length); // same weights, held-out answers scored without term statistics
const calibrated = new Array(rows.length); // LOAO affine map of the score onto the 0..5 human scale
for (const held of new Set(rows.map(assignmentOf))) {
  const train = rows.map((r, i) => i).filter((i) => assignmentOf(rows[i]) !== held);
  const test = rows.map((r, i) => i).filter((i) => assignmentOf(rows[i]) === held);
  const model = fitModel(train.map((i) => X[i]), train.map((i) => y[i]), scorer.combine);
  console.log(`  fold without assignment ${held}: ${JSON.stringify(model)}`);
  const cal = fitLinear(train.map((i) => [scorer.combine(X[i], model)]), train.map((i) => y[i]));
  for (const i of test) {
    loao[i] = scorer.combine(X[i], model);
    loaoNoCorpus[i] = scorer.combine(X0[i], model);
    calibrated[i] = Math.min(1, Math.max(0, cal.intercept + cal.weights[0] * loao[i]));
  }
}

const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`Mohler 2011 short answers, reference-only scoring: ${rows.length} answers scored in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (cold, in-process)`);
console.log('Term statistics: the 81 questions + reference answers. Score × 5 vs score_avg.');
report('LOAO, deck IDF (powers and weights refit without the held-out assignment)', rows, loao);
report('LOAO, no corpus (fallback weights)', rows, loaoNoCorpus);
report('LOAO, score mapped onto the human scale by a LOAO-fitted a + b*score', rows, calibrated);
report('shipped constants, deck IDF (in-sample: fitted on all assignments)', rows, shipped);
report('shipped constants, no corpus (in-sample)', rows, noCorpus);
for (const [k, name] of scorer.FEATURE_NAMES.entries()) {
  console.log(`  feature ${name}: r = ${pearson(X.map((x) => x[k]), rows.map((r) => r.score_avg)).toFixed(3)}`);
}
