// Runs `scripts/eval-grading.mjs` (on the BUILT grader: `npm run build` first)
// against a tiny labelled fixture written for this test, and checks that it
// prints every figure in the expected shape. The numbers are the fixture's,
// not a claim about the grader; the shape and the exit code are what is tested.
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIXTURE = new URL('../fixtures/benchmarks', import.meta.url).pathname;

function evalGrading(dir: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/eval-grading.mjs'], { cwd: ROOT, env: { ...process.env, DRILLBIT_BENCHMARKS: dir }, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval:grading on a tiny fixture', () => {
  it('prints the dev matrix, the three cross-validated SciEntsBank splits beside the baseline, and the Mohler r', () => {
    const r = evalGrading(FIXTURE);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Dev set (2 answers, rubric grading of the bundled cards)');
    expect(lines).toContain('  agreement 100.0 % (bar ≥ 95 %), incorrect graded correct: 0 (bar 0)');
    for (const split of ['unseen answers', 'unseen questions', 'unseen domains']) {
      const line = lines.find((l) => l.trimStart().startsWith(split));
      expect(line, split).toMatch(/ \d+ folds: drillbit [01]\.\d{3} {3}word-overlap baseline [01]\.\d{3} {3}\(called correct: \d+; labelled correct: 12\)$/);
    }
    expect(lines.find((l) => l.startsWith('  unseen domains'))).toContain(' 3 folds: ');
    expect(lines.find((l) => l.startsWith('Mohler'))).toMatch(/^Mohler reference-only, leave-one-assignment-out: Pearson r -?[01]\.\d{3} \(bar ≥ 0\.60; plain overlap F1 -?[01]\.\d{3}; n = 16\)$/);
    expect([0, 1]).toContain(r.status);
    expect(lines.at(-2)).toMatch(/^(PASS: every bar met|FAIL: .+)$/);
  });

  it('grades kept-back SciEntsBank test splits placed beside train.jsonl with the shipped model, and lets them decide the bar', () => {
    const dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
    const row = (id: string, answer: string, label: string): string =>
      JSON.stringify({ id, question: 'How did you get the salt out of the salt water?', reference: 'The water evaporated and left the salt.', answer, label });
    // The reference's own words are always correct; an answer with no word of it is never.
    writeFileSync(join(dir, 'scientsbank/test-unseen-answers.jsonl'), [row('AA.q0.90.1', 'The water evaporated and left the salt.', 'correct'), row('AA.q0.91.1', 'I poured it into a cup.', 'incorrect')].join('\n') + '\n');
    // The same two answers with the labels swapped: every verdict disagrees.
    writeFileSync(join(dir, 'scientsbank/test-unseen-questions.jsonl'), [row('AA.q0.92.1', 'The water evaporated and left the salt.', 'incorrect'), row('AA.q0.93.1', 'I poured it into a cup.', 'correct')].join('\n') + '\n');
    const r = evalGrading(dir);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`SciEntsBank kept-back test splits, the shipped model (fitted on train only), 2-way macro-F1 at drillbit's verdict (bar ≥ 0.72 each)`);
    expect(lines.find((l) => l.startsWith('  test-unseen-answers '))).toBe('  test-unseen-answers                2 answers: drillbit 1.000   word-overlap baseline 1.000   (called correct: 1; labelled correct: 1)');
    expect(lines.find((l) => l.startsWith('  test-unseen-questions '))).toMatch(/ {4}2 answers: drillbit 0\.000 /);
    const verdict = lines.at(-2)!;
    expect(verdict).toMatch(/^FAIL: /);
    expect(verdict).toContain('SciEntsBank test-unseen-questions macro-F1 below 0.72');
    expect(verdict).not.toContain('test-unseen-answers');
    // The cross-validated estimate no longer decides the bar once the splits themselves are there.
    expect(verdict).not.toMatch(/SciEntsBank unseen (answers|questions|domains)/);
    expect(r.status).toBe(1);
  });

  it('reports a missing set and fails instead of crashing', () => {
    const empty = tempDir();
    const r = evalGrading(empty);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`grading/dev.jsonl: not found under ${empty}, skipped`);
    expect(r.stdout).toContain('FAIL: grading/dev.jsonl missing; scientsbank/train.jsonl missing; mohler/answers.jsonl missing');
    expect(r.status).toBe(1);
  });
});
