#!/usr/bin/env node
// `npm run eval:grading`: how well the grader agrees with people.
//  1. benchmarks/grading/dev.jsonl: 3-class confusion matrix and agreement on
//     the bundled deck's cards (bar: ≥ 90 %, and no `incorrect` graded `correct`).
//  2. benchmarks/mohler/answers.jsonl: reference-only mode (gradeReference),
//     Pearson r and RMSE of score × 5 against the human `score_avg` (bar: r ≥ 0.52).
// No parameter is fitted on these sets; the grader's constants are fixed in code.
// Set DRILLBIT_BENCHMARKS to read the data from elsewhere.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarksDir } from './benchmarks-dir.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { gradeCard, gradeReference } = await import(join(root, 'dist/core/grading/index.js'));
const { loadDecks, findCard } = await import(join(root, 'dist/cli/content.js'));
const dir = benchmarksDir(root);
const readJsonl = (file) => readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const verbose = process.argv.includes('--verbose');
const failures = [];

// 1. Dev set.
const LABELS = ['correct', 'partial', 'incorrect'];
const dev = readJsonl('grading/dev.jsonl');
const decks = await loadDecks();
const matrix = Object.fromEntries(LABELS.map((l) => [l, Object.fromEntries(LABELS.map((p) => [p, 0]))]));
let agree = 0;
let missing = 0;
for (const row of dev) {
  let hit;
  try {
    hit = findCard(decks, row.card);
  } catch {
    missing++;
    console.log(`  missing card ${row.card}: counted as disagreement`);
    continue;
  }
  const result = gradeCard(hit.card, row.answer, hit.deck);
  matrix[row.label][result.verdict]++;
  if (result.verdict === row.label) agree++;
  else if (verbose) console.log(`  ${row.label} → ${result.verdict} ${result.score.toFixed(2)} ${row.card}: ${row.answer.slice(0, 90)}`);
}
const agreement = agree / dev.length;
const incorrectAsCorrect = matrix.incorrect.correct;
console.log(`Dev set (${dev.length} answers, ${dir}/grading/dev.jsonl)`);
console.log(`  label \\ graded   ${LABELS.map((l) => l.padStart(9)).join(' ')}`);
for (const l of LABELS) console.log(`  ${l.padEnd(16)} ${LABELS.map((p) => String(matrix[l][p]).padStart(9)).join(' ')}`);
console.log(`  agreement ${(agreement * 100).toFixed(1)} % (bar ≥ 90 %), incorrect graded correct: ${incorrectAsCorrect} (bar 0)${missing ? `, ${missing} unknown card ids` : ''}`);
if (agreement < 0.9) failures.push('dev agreement below 90 %');
if (incorrectAsCorrect > 0) failures.push('an incorrect answer was graded correct');

// 2. Mohler, reference-only.
const mohler = readJsonl('mohler/answers.jsonl');
const xs = [];
const ys = [];
const t0 = performance.now();
for (const row of mohler) {
  xs.push(gradeReference(row.reference_answer, row.student_answer, row.question).score * 5);
  ys.push(row.score_avg);
}
const ms = performance.now() - t0;
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const mx = mean(xs);
const my = mean(ys);
let sxy = 0, sxx = 0, syy = 0, se = 0;
for (let i = 0; i < xs.length; i++) {
  sxy += (xs[i] - mx) * (ys[i] - my);
  sxx += (xs[i] - mx) ** 2;
  syy += (ys[i] - my) ** 2;
  se += (xs[i] - ys[i]) ** 2;
}
const r = sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
const rmse = Math.sqrt(se / xs.length);
console.log(`Mohler reference-only (${mohler.length} answers, graded in ${ms.toFixed(0)} ms)`);
console.log(`  Pearson r ${r.toFixed(3)} (bar ≥ 0.52; goal 0.60), RMSE ${rmse.toFixed(3)} on the 0–5 scale`);
if (r < 0.52) failures.push('Mohler r below 0.52');

if (failures.length) {
  console.log(`FAIL: ${failures.join('; ')}`);
  process.exitCode = 1;
} else console.log('PASS: every bar met');
