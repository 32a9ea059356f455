#!/usr/bin/env node
// Fits reference-only grading's MODEL (src/core/grading/reference/model.ts):
//  - the verdict head: L2 logistic regression on the SciEntsBank training split
//    (2-way labels) over the features VERDICT_FEATURES names (the others get
//    weight 0), its cut-off chosen for the best SciEntsBank macro-F1 and
//    folded into the intercept;
//  - the score head: L2 logistic regression with soft targets (score_avg / 5)
//    on the Mohler set.
// Prints the constant to paste into model.ts, then the cross-validated figures
// (scripts/reference-cv.mjs): never the in-sample fit.
// Features are measured without a term-statistics corpus, as `grade --batch`
// does. Reads ../shared/benchmarks (override with DRILLBIT_BENCHMARKS).
// Usage: npm run build && node scripts/fit-reference.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchmarksDir } from './benchmarks-dir.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAMBDA = 1e-3;

const readJsonl = (file) => {
  if (!existsSync(file)) throw new Error(`benchmark data not found at ${file}; set DRILLBIT_BENCHMARKS`);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
};

/** SciEntsBank rows as { reference, answer, question, y (1 = correct), question key, domain }. */
export function loadSciEntsBank(dir = benchmarksDir(root), file = 'train.jsonl') {
  return readJsonl(join(dir, 'scientsbank', file)).map((r) => ({
    reference: r.reference, answer: r.answer, question: r.question, y: r.label === 'correct' ? 1 : 0, domain: String(r.id ?? '').split('.')[0],
  }));
}

/** Mohler rows as { reference, answer, question, y (score_avg / 5), gold (0..5), assignment }. */
export function loadMohler(dir = benchmarksDir(root)) {
  return readJsonl(join(dir, 'mohler', 'answers.jsonl')).map((r) => ({
    reference: r.reference_answer, answer: r.student_answer, question: r.question, y: r.score_avg / 5, gold: r.score_avg, assignment: r.question_id.split('.')[0],
  }));
}

/** Imports the built grader (reference scorer and reference-only grading). */
export async function loadScorer() {
  const url = (p) => pathToFileURL(join(root, 'dist/core/grading', p)).href;
  return { ...(await import(url('reference/index.js'))), ...(await import(url('reference-grade.js'))), ...(await import(url('reference/terms.js'))) };
}

function solve(A, b) {
  // Gaussian elimination with partial pivoting on a small dense system.
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/** L2 logistic regression by Newton steps; y may be soft (0..1), `weight` per row. Returns { intercept, weights }. */
export function fitLogistic(X, y, lambda = LAMBDA, weight = undefined) {
  const total = weight ? weight.reduce((a, b) => a + b, 0) : X.length;
  const d = X[0].length + 1;
  let beta = new Array(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    const g = new Array(d).fill(0);
    for (let i = 0; i < X.length; i++) {
      const x = [1, ...X[i]];
      let z = 0;
      for (let k = 0; k < d; k++) z += beta[k] * x[k];
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < d; a++) {
        const wi = (weight ? weight[i] : 1) / total;
        g[a] += (p - y[i]) * x[a] * wi;
        for (let b = 0; b < d; b++) H[a][b] += p * (1 - p) * x[a] * x[b] * wi;
      }
    }
    for (let a = 1; a < d; a++) {
      g[a] += lambda * beta[a];
      H[a][a] += lambda;
    }
    const step = solve(H, g);
    beta = beta.map((b, k) => b - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { intercept: beta[0], weights: beta.slice(1) };
}

export const linear = (head, x) => head.weights.reduce((z, w, i) => z + w * x[i], head.intercept);

/** 2-way macro-F1 of boolean predictions against 0/1 gold. */
export function macroF1(pred, gold) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  pred.forEach((p, i) => (p ? (gold[i] ? tp++ : fp++) : gold[i] ? fn++ : tn++));
  const f = (a, b, c) => (a ? (2 * a) / (2 * a + b + c) : 0);
  return (f(tp, fp, fn) + f(tn, fn, fp)) / 2;
}

/** The cut-off c (predict correct when s ≥ c) with the best macro-F1 on (s, gold). */
export function bestCut(s, gold) {
  const order = s.map((_, i) => i).sort((a, b) => s[a] - s[b]);
  let tp = gold.filter(Boolean).length;
  let fp = s.length - tp;
  let fn = 0, tn = 0;
  let best = { f: -1, cut: -Infinity };
  for (let k = 0; k <= order.length; k++) {
    // Predict correct for order[k..]: the cut sits halfway between neighbours.
    if (k === 0 || s[order[k - 1]] !== s[order[k]]) {
      const f = (a, b, c) => (a ? (2 * a) / (2 * a + b + c) : 0);
      const m = (f(tp, fp, fn) + f(tn, fn, fp)) / 2;
      const cut = k === 0 ? -Infinity : k === order.length ? Infinity : (s[order[k - 1]] + s[order[k]]) / 2;
      if (m > best.f) best = { f: m, cut };
    }
    if (k < order.length) gold[order[k]] ? (tp--, fn++) : (fp--, tn++);
  }
  return best.cut;
}

export function pearson(a, b) {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa && sbb ? sab / Math.sqrt(saa * sbb) : 0;
}

/** Measures every row once: { vector, fixed } (fixed rows never consult the model). */
export const measureRows = (scorer, rows) => rows.map((r) => scorer.referenceFeatures(r.reference, r.answer, r.question));

const round = (head) => ({ intercept: Number(head.intercept.toFixed(4)), weights: head.weights.map((w) => Number(w.toFixed(4))) });

/**
 * Features the verdict head uses. The word n-gram features other than
 * gramRecall3 lift the Mohler score head but lower SciEntsBank's CV macro-F1
 * when the verdict head uses them too (0.705 / 0.704 / 0.697 against
 * 0.714 / 0.708 / 0.711), so they get weight 0 there.
 */
export const VERDICT_FEATURES = [
  'recall', 'precision', 'f1', 'novelRecall', 'answerLength', 'referenceLength', 'questionEcho', 'unrelated',
  'relRecall', 'relPrecision', 'relNovel', 'bestStatement', 'matched', 'rootRecall', 'rootPrecision', 'shortness',
  'worstStatement', 'meanStatement', 'gramRecall3', 'negationMismatch', 'negatedTerms', 'negatedShare',
];

/**
 * Verdict head: logistic fit on SciEntsBank rows (2-way labels) over
 * VERDICT_FEATURES (`names`: the scorer's FEATURE_NAMES); the cut-off is then
 * chosen for the best macro-F1 on the same rows and folded into the
 * intercept. Mohler rows are left out: adding them (score_avg ≥ 4 of 5 as
 * correct, weight 1) raised the Mohler r by 0.01 but cost 0.007–0.02
 * macro-F1 on every SciEntsBank split.
 */
export function fitCorrectHead(names, sbMeasured, sbY) {
  const use = names.flatMap((n, k) => (VERDICT_FEATURES.includes(n) ? [k] : []));
  const sb = sbMeasured.flatMap((m, i) => (m.fixed ? [] : [i]));
  const head = fitLogistic(sb.map((i) => use.map((k) => sbMeasured[i].vector[k])), sb.map((i) => sbY[i]));
  const weights = names.map(() => 0);
  use.forEach((k, j) => (weights[k] = head.weights[j]));
  const full = { intercept: head.intercept, weights };
  const cut = bestCut(sb.map((i) => linear(full, sbMeasured[i].vector)), sb.map((i) => sbY[i]));
  return round({ intercept: full.intercept - cut, weights });
}

/** Score head on measured rows (soft targets 0..1). */
export function fitScoreHead(measured, y) {
  const idx = measured.flatMap((m, i) => (m.fixed ? [] : [i]));
  return round(fitLogistic(idx.map((i) => measured[i].vector), idx.map((i) => y[i])));
}

async function main() {
  const { crossValidate, printFigures } = await import('./reference-cv.mjs');
  const scorer = await loadScorer();
  const sb = loadSciEntsBank();
  const mohler = loadMohler();
  const sbRows = measureRows(scorer, sb);
  const moRows = measureRows(scorer, mohler);
  const model = {
    correct: fitCorrectHead(scorer.FEATURE_NAMES, sbRows, sb.map((r) => r.y)),
    score: fitScoreHead(moRows, mohler.map((r) => r.y)),
  };
  console.log(`features: ${scorer.FEATURE_NAMES.join(', ')}`);
  const head = (h) => `{ intercept: ${h.intercept}, weights: [${h.weights.join(', ')}] }`;
  console.log(`export const MODEL: ReferenceModel = {\n  correct: ${head(model.correct)},\n  score: ${head(model.score)},\n};`);
  printFigures(crossValidate(scorer, sb, mohler));
}

// Not awaited: reference-cv.mjs imports this module, and a top-level await here would deadlock that cycle.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
