import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { generateSubnetRound } from '../../src/core/drills/subnet-problems.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixture = (name: string): string => join(ROOT, 'test', 'fixtures', `sketch-${name}.yaml`);
const grade = (file: string, json = true) => runCli(['grade', '--drill', 'deployment-sketch', '--answers', file, ...(json ? ['--json'] : [])]);

describe('drillbit grade --drill', () => {
  it('an invalid Fargate size caps fargate.resources at partial, with the check message in its hints and in the text report', () => {
    const file = join(tempDir('drillbit-grade-'), 'answers.json');
    writeFileSync(file, JSON.stringify({ 'fargate.resources': '0.25 vCPU with 4 GB; measured with a load test' }));
    const message = 'fargate.resources: 0.25 vCPU / 4 GiB is not a valid Fargate pair; 0.25 vCPU allows 512 MiB, 1 GiB, 2 GiB';
    const json = JSON.parse(grade(file).stdout);
    const section = json.sections.find((s: { id: string }) => s.id === 'fargate.resources');
    expect(section.score).toBeLessThanOrEqual(0.5);
    expect(section.verdict).not.toBe('correct');
    expect(section.hints[0]).toBe(message);
    expect(json.checks[0]).toEqual({ id: 'fargate-task-size', ok: false, message, sections: ['fargate.resources'] });
    const text = grade(file, false).stdout;
    expect(text).toMatch(new RegExp(`\\nfargate\\.resources: \\d+% (partial|incorrect)\\n(?:    met: .*\\n)?    missed: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  });

  it('grades a YAML answers file as JSON with every section and check', () => {
    const r = grade(fixture('thorough'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.drillId).toBe('deployment-sketch');
    expect(typeof json.score).toBe('number');
    expect(['correct', 'partial', 'incorrect']).toContain(json.verdict);
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual([
      'fargate.image', 'fargate.resources', 'fargate.capacity', 'fargate.identity', 'fargate.tls', 'fargate.scaling', 'fargate.hides', 'fargate.exposes',
      'cloudrun.image', 'cloudrun.resources', 'cloudrun.capacity', 'cloudrun.identity', 'cloudrun.tls', 'cloudrun.scaling', 'cloudrun.hides', 'cloudrun.exposes',
    ]);
    for (const s of json.sections) expect(Object.keys(s)).toEqual(expect.arrayContaining(['score', 'verdict', 'criteria', 'contradictions', 'hints', 'modelAnswer']));
    expect(json.checks).toEqual([
      { id: 'fargate-task-size', ok: true, message: 'fargate.resources: 1 vCPU / 2 GiB is a valid Fargate task size' },
      { id: 'cloudrun-limits', ok: true, message: "cloudrun: 1 vCPU, 512 MiB, concurrency 8 within Cloud Run's limits" },
      { id: 'static-credentials', ok: true, message: 'no static credentials' },
      { id: 'plain-http', ok: true, message: 'no plain HTTP to the internet' },
      { id: 'latest-tag', ok: true, message: 'no :latest image tags' },
    ]);
  });

  it('the wrong sketch fails every structural check, each with its own message', () => {
    const json = JSON.parse(grade(fixture('wrong')).stdout);
    expect(json.checks.map((c: { ok: boolean }) => c.ok)).toEqual([false, false, false, false, false]);
    expect(json.checks.map((c: { message: string }) => c.message)).toEqual([
      'fargate.resources: 1 vCPU / 1 GiB is not a valid Fargate pair; 1 vCPU allows 2 GiB–8 GiB in 1 GiB steps',
      'cloudrun: 2 GiB does not fit 0.5 vCPU, which allows 128 MiB–1 GiB; below 1 vCPU concurrency must be 1, not 80',
      'fargate.identity: static credentials ("put AKIAIOSFODNN7EXAMPLE and the secret key in env vars"); use the task role (Fargate) or the service account (Cloud Run) instead of keys',
      'fargate.tls: plain HTTP to the internet ("plain HTTP on port 80 for the public clients"); terminate TLS at the load balancer or use the platform\'s HTTPS endpoint',
      'fargate.image: a :latest image tag ("docker hub flask-api:latest"); tag images with the Git SHA so each deploy traces to a commit',
    ]);
    expect(json.score).toBeLessThanOrEqual(0.25);
    expect(json.verdict).toBe('incorrect');
  });

  it('an empty answers file scores 0', () => {
    const dir = tempDir('drillbit-grade-');
    writeFileSync(join(dir, 'empty.json'), '{}');
    const json = JSON.parse(grade(join(dir, 'empty.json')).stdout);
    expect(json.score).toBe(0);
    expect(json.verdict).toBe('incorrect');
    expect(json.sections.map((s: { score: number }) => s.score)).toEqual(Array(16).fill(0));
  });

  it('prints a readable report without --json', () => {
    const r = grade(fixture('wrong'), false);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Score: \d+% \(incorrect\)\n/);
    expect(r.stdout).toContain('fargate.image: ');
    expect(r.stdout).toContain('    model answer:\n      Built reproducibly in CI');
    expect(r.stdout).toContain('\nChecks:\n  FAIL fargate.resources: 1 vCPU / 1 GiB is not a valid Fargate pair');
  });

  it.each([
    [['--answers', '/nonexistent/answers.json'], 1, 'drillbit: cannot read /nonexistent/answers.json: no such file; give --answers a JSON or YAML file mapping section id to answer\n'],
    [[], 2, 'drillbit: --drill needs --answers FILE (JSON or YAML mapping section id to answer text)\n'],
  ])('errors: %j', (extra, status, stderr) => {
    const r = runCli(['grade', '--drill', 'deployment-sketch', ...extra]);
    expect(r.status).toBe(status);
    expect(r.stderr).toBe(stderr);
  });

  it('unknown section ids and drills are named', () => {
    const dir = tempDir('drillbit-grade-');
    writeFileSync(join(dir, 'a.json'), '{"fargate.imag": "ECR", "aws.tls": "ALB"}');
    const r = runCli(['grade', '--drill', 'deployment-sketch', '--answers', join(dir, 'a.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^drillbit: .*a\.json: unknown section ids "fargate\.imag", "aws\.tls" for drill deployment-sketch; the sections are: fargate\.image, /);
    const r2 = runCli(['grade', '--drill', 'nope', '--answers', join(dir, 'a.json')]);
    expect(r2.stderr).toBe('drillbit: no drill "nope"; the drills are: deployment-sketch, subnet-bits ("drillbit drill list")\n');
  });

  it('grades a subnet-bits round given its seed', () => {
    const dir = tempDir('drillbit-grade-');
    writeFileSync(join(dir, 'round.yaml'), 'seed: 1\nproblem-1: /25\n');
    const json = JSON.parse(runCli(['grade', '--drill', 'subnet-bits', '--answers', join(dir, 'round.yaml'), '--json']).stdout);
    expect(json.problems).toHaveLength(5);
    // Seed 1's first problem: 252 tasks at 100 % over 2 subnets → 126 + 5 reserved = 131 → /24; a bare /25 fits two mistakes.
    expect(generateSubnetRound(1, 5)[0]!.input).toEqual({ desired: 252, maxPercent: 100, subnets: 2, reserved: 5, extra: 0, alb: false });
    expect(json.problems[0]).toMatchObject({ id: 'problem-1', expected: '/24', correct: false, answer: { prefix: 25 } });
    expect(json.problems[0].matched.map((m: { id: string }) => m.id)).toEqual(['no-reserved', 'bit-short']);
    expect(json.problems[0].diagnosis).toMatch(/^\/25 is wrong; the answer is \/24 \(131 addresses needed\)\. A bare \/25 could come from any of these mistakes: you forgot the 5 addresses AWS reserves/);
    expect(json.problems[1].correct).toBe(false);
    expect(json.problems[1].diagnosis).toMatch(/^No answer; the answer is \/\d+/);
  });
});
