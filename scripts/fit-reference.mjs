#!/usr/bin/env node
// Fits the reference scorer's MODEL (src/core/grading/reference/model.ts) on the
// Mohler set: powers from a grid, weights by non-negative ridge least squares on
// score_avg / 5; prints the constant to paste into model.ts.
// Also exports the fitting procedure so scripts/eval-reference.mjs can refit it
// leave-one-assignment-out (LOAO). Reads the data from ../shared/benchmarks
// (override with DRILLBIT_BENCHMARKS); the data never enters the repo.
// Usage: npm run build && node scripts/fit-reference.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchmarksDir } from './benchmarks-dir.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RIDGE = 1e-3;

/** Loads answers.jsonl rows (question_id, question, reference_answer, student_answer, score_avg). */
export function loadMohler() {
  const file = join(benchmarksDir(root), 'mohler', 'answers.jsonl');
  if (!existsSync(file)) throw new Error(`Mohler data not found at ${file}; set DRILLBIT_BENCHMARKS`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** Imports the built scorer. */
export async function loadScorer() {
  return import(pathToFileURL(join(root, 'dist/core/grading/reference/index.js')).href);
}

/** The "deck" statistics for Mohler: every question and reference answer (no student answers). */
export function deckDocuments(rows) {
  const seen = new Map();
  for (const r of rows) seen.set(r.question_id, [r.question, r.reference_answer]);
  return [...seen.values()].flat();
}

export const assignmentOf = (row) => row.question_id.split('.')[0];

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

/**
 * Ridge least squares X → y with non-negative weights (features with a negative
 * fitted weight are dropped and the rest refit). Returns { intercept, weights }.
 */
export function fitLinear(X, y) {
  const active = X[0].map(() => true);
  for (;;) {
    const idx = active.flatMap((a, i) => (a ? [i] : []));
    const fit = fitRidge(X.map((x) => idx.map((i) => x[i])), y);
    const weights = X[0].map(() => 0);
    idx.forEach((i, k) => (weights[i] = fit.weights[k]));
    const worst = idx.reduce((m, i) => (weights[i] < (m < 0 ? 0 : weights[m]) ? i : m), -1);
    if (worst < 0 || weights[worst] >= 0) return { intercept: fit.intercept, weights };
    active[worst] = false;
  }
}

function fitRidge(X, y) {
  const d = X[0].length + 1;
  const A = Array.from({ length: d }, () => new Array(d).fill(0));
  const b = new Array(d).fill(0);
  for (let i = 0; i < X.length; i++) {
    const x = [1, ...X[i]];
    for (let p = 0; p < d; p++) {
      b[p] += x[p] * y[i];
      for (let q = 0; q < d; q++) A[p][q] += x[p] * x[q];
    }
  }
  for (let p = 1; p < d; p++) A[p][p] += RIDGE * X.length;
  const w = solve(A, b);
  return { intercept: w[0], weights: w.slice(1) };
}

const POWERS = [0.3, 0.4, 0.5, 0.6, 0.7, 1];

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

/**
 * Fits the model of model.ts on feature rows X ([recall, precision, shortness])
 * and targets y (0..1): for each pair of powers in POWERS, non-negative least
 * squares for the weights; keeps the pair whose scores correlate best with y.
 */
export function fitModel(X, y, combine) {
  let best;
  for (const recallPower of POWERS) {
    for (const precisionPower of POWERS) {
      const T = X.map(([r, p, s]) => [Math.max(0, r) ** recallPower, Math.max(0, p) ** precisionPower, s]);
      const { weights } = fitLinear(T, y);
      const model = { recallPower, precisionPower, weights: weights.map((w) => Number(w.toFixed(4))) };
      const r = pearson(X.map((x) => combine(x, model)), y);
      if (!best || r > best.r) best = { r, model };
    }
  }
  return best.model;
}

async function main() {
  const rows = loadMohler();
  const scorer = await loadScorer();
  const corpus = scorer.buildTermStats(deckDocuments(rows));
  const X = rows.map((r) => scorer.referenceFeatures(r.reference_answer, r.student_answer, r.question, corpus));
  const y = rows.map((r) => r.score_avg / 5);
  const model = fitModel(X, y, scorer.combine);
  console.log(`features: ${scorer.FEATURE_NAMES.join(', ')}`);
  console.log(`export const MODEL: ReferenceModel = ${JSON.stringify(model).replace(/"(\w+)":/g, '$1: ').replace(/,(\w)/g, ', $1')};`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
