// Runs `scripts/eval-grading.mjs` (on the BUILT grader: `npm run build` first)
// against a tiny labelled fixture written for this test, and checks that it
// prints every figure in the expected shape. The numbers are the fixture's,
// not a claim about the grader; the shape and the exit code are what is tested.
import { spawnSync } from 'node:child_process';
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

  it('reports a missing set and fails instead of crashing', () => {
    const empty = tempDir();
    const r = evalGrading(empty);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`grading/dev.jsonl: not found under ${empty}, skipped`);
    expect(r.stdout).toContain('FAIL: grading/dev.jsonl missing; scientsbank/train.jsonl missing; mohler/answers.jsonl missing');
    expect(r.status).toBe(1);
  });
});
