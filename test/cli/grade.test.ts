import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fileTempDir, tempDir } from '../helpers/temp-dir.js';

const env: { DRILLBIT_HOME?: string } = {};
beforeAll(() => {
  env.DRILLBIT_HOME = fileTempDir('drillbit-grade-');
});
const FARGATE = 'myth.fargate-is-k8s-without-clusters';
const ROLES = 'managed-containers/myth.task-role-equals-execution-role';

function batchFile(lines: string[]): string {
  const file = join(tempDir('drillbit-batch-'), 'answers.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('drillbit grade --card', () => {
  it('prints a readable verdict: header, ✓/✗ per criterion, model answer', () => {
    const r = runCli(['grade', '--card', FARGATE], { input: "Fargate isn't an orchestrator: it is serverless capacity.\n", env });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        `CORRECT 80% (managed-containers/${FARGATE})`,
        '  ✓ fargate-is-compute: "Fargate isn\'t an orchestrator: it is serverless capacity."',
        '  ✓ not-an-orchestrator: "Fargate isn\'t an orchestrator: it is serverless capacity."',
        '  ✗ under-ecs-and-eks: Mention that Fargate sits under ECS and under EKS.',
        '',
        'Model answer:',
        "  No. Fargate is a compute launch type (serverless capacity): AWS runs the hosts and you only see tasks or pods, never instances. It is not an orchestrator; ECS (AWS's own orchestrator) or EKS (managed Kubernetes) does the scheduling, and either can place work on Fargate or on EC2.",
        '',
      ].join('\n'),
    );
  });

  it('shows contradictions and never echoes escape sequences back', () => {
    const r = runCli(['grade', '--card', ROLES], { input: 'They are the \u001b[31msame\u001b[0m thing.', env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('INCORRECT 0%');
    expect(r.stdout).toContain('  ! same-role: They are two roles with different users — the agent and your code. (you wrote: "They are the same thing.")');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('--json prints one object with score, verdict, criteria, contradictions, notes, card', () => {
    const r = runCli(['grade', '--card', ROLES, '--json'], { input: 'Same thing.', env });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out)).toEqual(['card', 'score', 'verdict', 'criteria', 'contradictions', 'notes']);
    expect(out).toMatchObject({ card: ROLES, score: 0, verdict: 'incorrect' });
    expect(out.criteria.map((c: { id: string }) => c.id)).toEqual(['execution-role-does-plumbing', 'task-role-for-the-app', 'two-roles', 'two-users']);
    expect(out.contradictions[0]).toEqual({ id: 'same-role', evidence: 'Same thing.', message: 'They are two roles with different users — the agent and your code.' });
  });

  it('an empty answer is incorrect, not an error', () => {
    const r = runCli(['grade', '--card', FARGATE, '--json'], { input: '', env });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 0, verdict: 'incorrect', notes: ['empty answer'] });
  });

  it('an unknown card id is one line on stderr and exit 1', () => {
    const r = runCli(['grade', '--card', 'no-such-card'], { input: 'x', env });
    expect(r).toMatchObject({ status: 1, stdout: '' });
    expect(r.stderr).toBe('drillbit: no card "no-such-card"; card ids are the "id:" lines of the deck files (drillbit lint lists the files)\n');
  });

  it('an answer over 20,000 characters is refused with the limit named', () => {
    const r = runCli(['grade', '--card', FARGATE], { input: 'a'.repeat(1_000_000), env });
    expect(r).toMatchObject({ status: 1, stdout: '' });
    expect(r.stderr).toMatch(/^drillbit: the answer is (\d+|over 20000) characters long; the limit is 20000, so shorten it\n$/);
  });

  it('nothing to grade is a usage error (exit 2)', () => {
    const r = runCli(['grade'], { env });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('drillbit: say what to grade: --card ID (answer on stdin), --batch FILE.jsonl, or --drill ID --answers FILE\n');
  });

  it('--drill with a missing answers file says what to give', () => {
    const r = runCli(['grade', '--drill', 'deployment-sketch', '--answers', 'x.yaml'], { env });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('drillbit: cannot read x.yaml: no such file; give --answers a JSON or YAML file mapping section id to answer\n');
  });
});

describe('drillbit grade --batch', () => {
  it('prints one line per input line, in order, for card and reference lines', () => {
    const file = batchFile([
      JSON.stringify({ card: ROLES, answer: 'Same thing.' }),
      JSON.stringify({ reference: 'To simulate the behaviour of portions of the desired software product.', answer: 'To simulate the behaviour of portions of the desired software product.', question: 'What is a prototype for?' }),
      JSON.stringify({ card: FARGATE, answer: '' }),
    ]);
    const r = runCli(['grade', '--batch', file, '--json'], { env });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.card, o.verdict])).toEqual([
      [ROLES, 'incorrect'],
      [undefined, 'correct'],
      [`managed-containers/${FARGATE}`, 'incorrect'],
    ]);
    for (const o of out) expect(Object.keys(o)).toEqual(expect.arrayContaining(['score', 'verdict', 'criteria']));
  });

  it('a malformed line or unknown card is reported by line number, the rest still graded, exit 1', () => {
    const file = batchFile([
      JSON.stringify({ card: ROLES, answer: 'Same thing.' }),
      '{not json',
      JSON.stringify({ card: 'nope', answer: 'x' }),
      JSON.stringify({ reference: 'a model answer', answer: 42 }),
      JSON.stringify({ answer: 'no card or reference' }),
      JSON.stringify({ reference: 'the task role calls S3', answer: 'the task role calls S3' }),
    ]);
    const r = runCli(['grade', '--batch', file, '--json'], { env });
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].verdict).toBe('incorrect');
    expect(out.slice(1, 5)).toEqual([
      { line: 2, error: 'not valid JSON' },
      { line: 3, error: 'no card "nope"; card ids are the "id:" lines of the deck files (drillbit lint lists the files)' },
      { line: 4, error: '"answer" must be a string' },
      { line: 5, error: 'needs "card" (a card id) or "reference" (a model answer)' },
    ]);
    expect(out[5].verdict).toBe('correct');
    expect(r.stderr).toBe(
      [
        `drillbit: ${file}:2: not valid JSON`,
        `drillbit: ${file}:3: no card "nope"; card ids are the "id:" lines of the deck files (drillbit lint lists the files)`,
        `drillbit: ${file}:4: "answer" must be a string`,
        `drillbit: ${file}:5: needs "card" (a card id) or "reference" (a model answer)`,
        '',
      ].join('\n'),
    );
  });

  it('an over-long answer in a batch is a line error, not the end of the batch', () => {
    const file = batchFile([JSON.stringify({ reference: 'x y', answer: 'a'.repeat(20_001) }), JSON.stringify({ reference: 'x y', answer: 'x y' })]);
    const r = runCli(['grade', '--batch', file, '--json'], { env });
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ line: 1, error: 'the answer is 20001 characters long; the limit is 20000, so shorten it' });
    expect(out[1].verdict).toBe('correct');
  });

  it('a missing batch file is one clear error', () => {
    const r = runCli(['grade', '--batch', '/nonexistent/answers.jsonl', '--json'], { env });
    expect(r).toMatchObject({ status: 1, stdout: '', stderr: 'drillbit: cannot read /nonexistent/answers.jsonl (ENOENT); check the path\n' });
  });
});
