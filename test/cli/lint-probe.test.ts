import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const WEAK = 'test/fixtures/probe/one-keyword.yaml';
const EXAMPLES = 'test/fixtures/probe/examples.yaml';

describe('drillbit lint --probe', () => {
  it('fails on a one-keyword rubric, naming the card, its line and the mutant that passes', () => {
    const r = runCli(['lint', '--probe', WEAK]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${WEAK}:4: card myth.fargate-orchestrates: probe first-clause passes: "No. Fargate is serverless compute where AWS runs the hosts."\n`);
    expect(r.stderr).toBe(
      'drillbit: 1 rubric finding in 1 cards probed (mutants caught: negated 1/1, swapped 0/0, numbers 0/0, keyword-soup 1/1, first-clause 0/1, other-card 0/0)\n',
    );
  });

  it('--json prints the findings and the per-kind tallies for tools', () => {
    const r = runCli(['lint', '--probe', '--json', WEAK]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { cards: number; kinds: Record<string, { generated: number; caught: number }>; findings: Record<string, unknown>[] };
    expect(out.cards).toBe(1);
    expect(out.findings).toEqual([
      { file: WEAK, line: 4, card: 'myth.fargate-orchestrates', kind: 'first-clause', verdict: 'correct', score: 1, text: 'No. Fargate is serverless compute where AWS runs the hosts.' },
    ]);
    expect(out.kinds['first-clause']).toEqual({ generated: 1, caught: 0 });
    expect(out.kinds['negated']).toEqual({ generated: 1, caught: 1 });
  });

  it('--json without --probe is a usage error', () => {
    const r = runCli(['lint', '--json', WEAK]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('drillbit: lint --json reports probe findings; use it with --probe\n');
  });

  it('on the bundled deck: every model answer is correct and the only findings are the known ones in test/decks/probe-known-findings.txt', () => {
    // The list holds engine gaps (negation scope, claims bound within a clause) that the
    // grading rewrite is to close; when it is empty, the probe passes with exit 0.
    const known = readFileSync(join(ROOT, 'test/decks/probe-known-findings.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    // Hundreds of grades: on a loaded machine this takes well over the default 20 s.
    const r = runCli(['lint', '--probe', '--json'], { timeout: 150_000 });
    const out = JSON.parse(r.stdout) as { cards: number; findings: { card: string; kind: string; detail?: string }[] };
    const found = out.findings.map((f) => `${f.card} ${f.kind}${f.detail ? ` (${f.detail})` : ''}`);
    expect(found.filter((f) => f.includes(' model'))).toEqual([]);
    expect(found).toEqual(known);
    expect(out.cards).toBeGreaterThanOrEqual(45);
    expect(r.status).toBe(known.length ? 1 : 0);
  }, 180_000);
});

describe('drillbit lint: card examples', () => {
  it('reports an example graded other than its label at the example, and notes pending ones without failing on them', () => {
    const r = runCli(['lint', EXAMPLES]);
    expect(r.stdout).toBe(`${EXAMPLES}:18:9: card fact.fargate-compute: example graded incorrect (0.00), expected correct: "It is an orchestrator."\n`);
    expect(r.stderr).toBe(
      [
        `${EXAMPLES}:20:9: card fact.fargate-compute: pending example now graded incorrect as expected; remove "pending: true"`,
        `${EXAMPLES}:23:9: card fact.fargate-compute: pending example graded correct (1.00), expected incorrect: "Serverless compute; AWS manages the hosts."`,
        'drillbit: 1 problem in 1 file',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(1);
  });

  it('an unchanged file reuses its example grades from the cache: the second run says exactly the same', () => {
    const env = { DRILLBIT_HOME: tempDir() };
    const first = runCli(['lint', EXAMPLES], { env });
    const second = runCli(['lint', EXAMPLES], { env });
    expect(second).toEqual(first);
    expect(first.stdout).toContain('example graded incorrect (0.00), expected correct');
  });
});
