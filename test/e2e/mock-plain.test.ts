import { fileURLToPath } from 'node:url';
/** `drillbit mock` line by line, run as the built binary (npm run build first). */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PATH_WITH_DRILLBIT, ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { CALC_ANSWER, CALC_LINES } from './mock-calculation.js';

// The interviews here are pinned question by question: they run on a frozen copy of the bundled deck
// (test/fixtures/mock), so adding cards to decks/ does not reshuffle them. Every process spawned here inherits it.
process.env['DRILLBIT_DECKS'] = fileURLToPath(new URL('../fixtures/mock/managed-containers.yaml', import.meta.url));

const NOW = '2026-11-30T10:00:00Z';
const ARGS = ['mock', '--seed', '2', '--questions', '3', '--tags', 'iam'];
const HEAD = '[30:00 left · 0:00 of ~10:00 on this one]';
const ANSWERS = [
  'They are two different roles. The task role is what your application code uses to call S3.',
  '',
  'The execution role is used by the agent to pull the image and write logs.',
  '',
  '/skip',
  'b',
  '',
  CALC_ANSWER,
  '',
  '',
].join('\n');

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Every file under `dir` (relative paths), sorted. */
const listing = (dir: string): string[] => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort();

// Several runs of the binary per test: room for a loaded machine (each run takes seconds there).
describe('drillbit mock --plain', { timeout: 120_000 }, () => {
  it('asks one question at a time, follows up a partial answer, brings a skipped question back, then reports', () => {
    const home = tempDir();
    const r = runCli(ARGS, { input: ANSWERS, env: { DRILLBIT_HOME: home, DRILLBIT_NOW: NOW } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [asking, report] = r.stdout.split('\nMock interview 1 · ');
    expect(asking).toBe(
      [
        'Mock interview · 3 questions · 30:00 · mix even · seed 2',
        'End each answer with an empty line. A line with only "/skip" skips the question: it comes back at the end (skipping it again leaves it as it stands). No verdicts until the end. Each line is saved as you enter it.',
        '',
        `${HEAD} Question 1 of 3 (iam)`,
        '"On ECS the task role and the execution role are the same thing." Correct this: who uses each role, for what?',
        '',
        `${HEAD} Follow-up to question 1: And what about the execution role?`,
        '',
        `${HEAD} Question 2 of 3 (subnet)`,
        ...CALC_LINES,
        '',
        `${HEAD} Question 3 of 3 (iam)`,
        'A Fargate task stops with CannotPullContainerError from a private ECR repository, and no logs appear in CloudWatch. Which role do you fix?',
        '  a) The task role',
        '  b) The task execution role',
        '  c) The container instance role',
        "  d) The ALB's service-linked role",
        '',
        `${HEAD} Question 2 of 3, back after a skip (subnet)`,
        ...CALC_LINES,
        '',
      ].join('\n'),
    );
    expect(report).toMatch(/^2026-11-30 10:00 UTC · 30 min · 3 questions · mix even · seed 2\nOverall: 100% ██████████  3 correct · 0 partial · 0 incorrect\n/);
    expect(report).toContain('  Follow-up: And what about the execution role?\n  Your reply:\n    The execution role is used by the agent to pull the image and write logs.\n  (the reply raised the score)\n');
    expect(report).toContain('Cards to study: none\nRetake this interview: drillbit mock --minutes 30 --questions 3 --tags iam --seed 2\n');
    expect(listing(join(home, 'mock'))).toEqual(['attempts.jsonl']);
  });

  it('leaves the review state and history byte-identical', () => {
    const home = tempDir();
    const env = { DRILLBIT_HOME: home, DRILLBIT_NOW: NOW };
    const review = runCli(['review', '--plain', '--limit', '2'], { input: 'Fargate is compute\n\n\nno idea\n\n\n', env });
    expect(review.stdout).toContain('reviewed 2 cards');
    const before = { state: readFileSync(join(home, 'state.json')), history: readFileSync(join(home, 'history.jsonl')), files: listing(home).filter((f) => !f.startsWith('cache')) };
    // --mix weak reads the schedule; a skipped, a partial and an unanswered question all finish.
    const r = runCli(['mock', '--mix', 'weak', '--seed', '9', '--questions', '4'], { input: 'ECS runs tasks\n\n/skip\n\n\n\n\n\n', env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Mock interview 1 · ');
    const report = runCli(['mock', 'report', '--json'], { env });
    expect(JSON.parse(report.stdout).options).toEqual({ minutes: 30, questions: 4, mix: 'weak', seed: 9 });
    expect(readFileSync(join(home, 'state.json')).equals(before.state)).toBe(true);
    expect(readFileSync(join(home, 'history.jsonl')).equals(before.history)).toBe(true);
    expect(listing(home).filter((f) => !f.startsWith('cache') && !f.startsWith('mock'))).toEqual(before.files);
  });

  it('resumes after kill -9 with the answers typed so far', async () => {
    const home = tempDir();
    const draftPath = join(home, 'mock', 'draft.json');
    const env = { ...process.env, PATH: PATH_WITH_DRILLBIT, DRILLBIT_HOME: home, NO_COLOR: '1', DRILLBIT_NOW: NOW };
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise((r) => child.once('exit', r));
    child.stdin.write('They are two different roles.\n\n/skip\nb\n');
    await until(() => existsSync(draftPath) && readFileSync(draftPath, 'utf8').includes('"q3":"b"'), 'the draft to hold the third answer');
    child.kill('SIGKILL');
    await exited;
    const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
    expect(draft.progress.answers).toEqual({ q1: 'They are two different roles.', q3: 'b' });
    expect(draft.progress.queue).toEqual(['q3', 'q2']);

    const again = runCli(ARGS, { input: `y\n\n${CALC_ANSWER}\n\n`, env: { DRILLBIT_HOME: home, DRILLBIT_NOW: NOW } });
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/^A mock interview was saved with 3 questions \(2 to go\)\. resume\? \[Y\/n\] \nMock interview · 3 questions · 30:00 left \(resumed\)/);
    expect(again.stdout).toContain(`${HEAD} Question 3 of 3 (iam)`);
    expect(again.stdout).toContain('Your answer so far:\nb\n(type more, or an empty line to keep it)\n');
    const attempt = JSON.parse(runCli(['mock', 'report', '1', '--json'], { env: { DRILLBIT_HOME: home } }).stdout);
    expect(attempt.questions.map((q: { answer: string }) => q.answer)).toEqual(['They are two different roles.', CALC_ANSWER, 'b']);
    expect(existsSync(draftPath)).toBe(false);
  });

  it('Ctrl-C saves at once, inside the one-second throttle', async () => {
    const home = tempDir();
    const env = { ...process.env, PATH: PATH_WITH_DRILLBIT, DRILLBIT_HOME: home, NO_COLOR: '1', DRILLBIT_NOW: NOW };
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise((r) => child.once('exit', r));
    await until(() => out.includes('Question 1 of 3'), 'the first question');
    child.stdin.write('first line\nsecond line\n');
    await until(() => existsSync(join(home, 'mock', 'draft.json')) && readFileSync(join(home, 'mock', 'draft.json'), 'utf8').includes('first line'), 'the first line saved');
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(err).toBe('\ndrillbit: stopped (SIGINT); your interview is saved. Run "drillbit mock" to resume it\n');
    expect(JSON.parse(readFileSync(join(home, 'mock', 'draft.json'), 'utf8')).progress.answers).toEqual({ q1: 'first line\nsecond line' });
  });

  it('end of input keeps the interview for later; bad options are one-line errors', () => {
    const home = tempDir();
    const env = { DRILLBIT_HOME: home, DRILLBIT_NOW: NOW };
    const r = runCli(ARGS, { input: 'half an answer\n', env });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('drillbit: input ended before the interview did; your answers are saved. Run "drillbit mock" to resume it\n');
    expect(JSON.parse(readFileSync(join(home, 'mock', 'draft.json'), 'utf8')).progress.answers).toEqual({ q1: 'half an answer' });
    const tag = runCli(['mock', '--tags', 'iam,nope'], { env });
    expect([tag.status, tag.stderr]).toEqual([2, 'drillbit: unknown tag "nope"; the tags are: aca, aci, azure, cloud-run, concurrency, cost, deploy, ec2, ecs, eks, fargate, iam, images, kubernetes, lambda, networking, scaling, security, shutdown, sizing, subnet, tls\n']);
    const minutes = runCli(['mock', '--minutes', '0'], { env });
    expect([minutes.status, minutes.stderr]).toEqual([2, 'drillbit: option \'--minutes <m>\' argument \'0\' is invalid. must be a whole number of 1 or more; run "drillbit --help" for usage\n']);
    const long = runCli(['mock', '--minutes', '300'], { env });
    expect([long.status, long.stderr]).toEqual([2, 'drillbit: --minutes 300 is too long; a mock interview lasts at most 240 minutes\n']);
    const missing = runCli(['mock', 'report', '7'], { env });
    expect([missing.status, missing.stderr]).toEqual([1, 'drillbit: no mock interviews yet; run "drillbit mock" to take one\n']);
  });

  it('report --markdown writes the file whole; history shows the trend', () => {
    const home = tempDir();
    const env = { DRILLBIT_HOME: home, DRILLBIT_NOW: NOW };
    runCli(ARGS, { input: ANSWERS, env });
    runCli(ARGS, { input: 'no idea\n\n\n\n\n\n\n', env });
    // A file where the folder should be.
    writeFileSync(join(home, 'blocker'), '');
    const file = join(home, 'blocker', 'report.md');
    const bad = runCli(['mock', 'report', '--markdown', file], { env });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`drillbit: cannot write ${file}: part of the path is a file, not a folder; choose another path\n`);
    const shared = join(home, 'report.md');
    const md = runCli(['mock', 'report', '1', '--markdown', shared], { env });
    expect(md.stdout).toBe(`Wrote the report of mock interview 1 to ${shared}\n`);
    const text = readFileSync(shared, 'utf8');
    expect(text.startsWith('# Mock interview 1\n')).toBe(true);
    expect(text).toContain('| iam | 100% | `██████████` | 2 |');
    expect(readdirSync(home).filter((f) => f.includes('.tmp'))).toEqual([]);
    const history = runCli(['mock', 'history'], { env });
    expect(history.stdout).toContain('   1  2026-11-30 10:00 UTC   100%        —        —          3       30\n   2  2026-11-30 10:00 UTC     0%     −100     −100          3       30\n');
    expect(history.stdout).toContain('  iam     █▁    0%  −100 vs prev  −100 vs best\n');
    const tag = runCli(['mock', 'history', '--tag', 'subnet'], { env });
    expect(tag.stdout.split('\n')[0]).toBe('Mock interviews with "subnet" (score of that tag)');
  });
});

describe('drillbit mock --pull', () => {
  it('puts the cards to study first in the next review, and only when asked', () => {
    const home = tempDir();
    const env = { DRILLBIT_HOME: home, DRILLBIT_NOW: NOW };
    const r = runCli([...ARGS], { input: '\n\n\n\n\n\n', env });
    expect(r.stdout).toContain('Cards to study (10); "drillbit mock report 1 --pull" brings them into your next review:\n  managed-containers/myth.task-role-equals-execution-role\n');
    expect(existsSync(join(home, 'history.jsonl'))).toBe(false);
    const pulled = runCli(['mock', 'report', '--pull'], { env });
    expect(pulled.stdout.endsWith('\nReview: 10 cards to study come up first in your next review.\n')).toBe(true);
    const history = readFileSync(join(home, 'history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ type: 'pull' });
    expect(history[0].keys[0]).toBe('managed-containers/myth.task-role-equals-execution-role');
    const review = runCli(['review', '--plain', '--limit', '1'], { input: 'q\n', env });
    expect(review.stdout).toContain('"On ECS the task role and the execution role are the same thing."');
  });
});
