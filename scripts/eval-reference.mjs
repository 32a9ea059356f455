#!/usr/bin/env node
// `npm run eval:reference`: reference-only grading alone, cross-validated
// (SciEntsBank grouped folds beside the word-overlap baseline, Mohler
// leave-one-assignment-out; see scripts/reference-cv.mjs), plus the Mohler
// figure per assignment and the time to grade both sets in-process with the
// shipped constants. Set DRILLBIT_BENCHMARKS to read the data from elsewhere.
import { loadMohler, loadSciEntsBank, loadScorer, pearson } from './fit-reference.mjs';
import { crossValidate, printFigures } from './reference-cv.mjs';

const scorer = await loadScorer();
const sb = loadSciEntsBank();
const mohler = loadMohler();

for (const [name, rows] of [['SciEntsBank train', sb], ['Mohler', mohler]]) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const r of rows) scorer.gradeAgainstReference(r.reference, r.answer, r.question);
  const cpu = process.cpuUsage(c0);
  console.log(`${name}: ${rows.length} answers graded in ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (in-process, shipped constants)`);
}

const missed = printFigures(crossValidate(scorer, sb, mohler));
// Per assignment, with the shipped constants (in-sample for the score head: for orientation only).
const byAssignment = new Map();
for (const r of mohler) byAssignment.set(r.assignment, [...(byAssignment.get(r.assignment) ?? []), r]);
const parts = [...byAssignment].sort((a, b) => Number(a[0]) - Number(b[0])).map(([a, rows]) => {
  const pred = rows.map((r) => scorer.gradeAgainstReference(r.reference, r.answer, r.question).score);
  return `${a}:${pearson(pred, rows.map((r) => r.gold)).toFixed(2)}`;
});
console.log(`Mohler r per assignment (shipped constants, in-sample): ${parts.join(' ')}`);
if (missed.length) process.exitCode = 1;
