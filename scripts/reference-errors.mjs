#!/usr/bin/env node
// Error analysis for reference-only grading: the cross-validated false
// positives (called correct, labelled not) and false negatives of one
// SciEntsBank split (the same grouped folds and refits as reference-cv.mjs,
// graded by the full grader), an evenly spread sample of each, printed with
// question, reference and answer. Never in-sample: each row is graded by the
// head fitted without its fold.
// Usage: npm run build && node scripts/reference-errors.mjs ["unseen questions"] [per kind, default 40]
import { fitCorrectHead, loadSciEntsBank, loadScorer, measureRows } from './fit-reference.mjs';
import { folds, SPLITS } from './reference-cv.mjs';

const splitName = process.argv[2] ?? 'unseen questions';
const perKind = Number(process.argv[3] ?? 40);
const split = SPLITS.find((s) => s.name === splitName);
if (!split) {
  console.error(`reference-errors: unknown split "${splitName}"; give one of: ${SPLITS.map((s) => `"${s.name}"`).join(', ')}`);
  process.exit(1);
}

const scorer = await loadScorer();
const rows = loadSciEntsBank();
const measured = measureRows(scorer, rows);
const gold = rows.map((r) => r.y);
const fold = folds(rows, split.key, split.k);
const called = new Array(rows.length);
for (const f of new Set(fold)) {
  const train = rows.flatMap((_, i) => (fold[i] !== f ? [i] : []));
  const model = { correct: fitCorrectHead(scorer.FEATURE_NAMES, train.map((i) => measured[i]), train.map((i) => gold[i])), score: scorer.MODEL.score };
  rows.forEach((r, i) => {
    if (fold[i] === f) called[i] = scorer.gradeAgainstReference(r.reference, r.answer, r.question, undefined, undefined, model).verdict === 'correct';
  });
}
const falsePositives = rows.flatMap((_, i) => (called[i] && !gold[i] ? [i] : []));
const falseNegatives = rows.flatMap((_, i) => (!called[i] && gold[i] ? [i] : []));
// Evenly spread over the file (which is ordered by domain and question), so every domain shows up.
const spread = (list) => list.filter((_, k) => k % Math.max(1, Math.floor(list.length / perKind)) === 0).slice(0, perKind);
const show = (i) => `Q: ${rows[i].question}\nR: ${rows[i].reference}\nA: ${rows[i].answer}\n`;
console.log(`${split.name}: ${falsePositives.length} false positives, ${falseNegatives.length} false negatives of ${rows.length}`);
console.log(`\n=== false positives (called correct, labelled not), ${Math.min(perKind, falsePositives.length)} shown\n`);
for (const i of spread(falsePositives)) console.log(show(i));
console.log(`=== false negatives (called not correct, labelled correct), ${Math.min(perKind, falseNegatives.length)} shown\n`);
for (const i of spread(falseNegatives)) console.log(show(i));
