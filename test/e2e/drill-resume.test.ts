import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, PATH_WITH_DRILLBIT, ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const FULL_MS = 15 * 60_000;

/** Polls `check` (which throws until it holds) with a timeout a loaded machine cannot reach. */
const until = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 20_000, interval: 25 });

const children: ChildProcessWithoutNullStreams[] = [];
/** `drillbit drill deployment-sketch --plain` on `home`, killed (and waited for) after the test if still running. */
function startDrill(home: string): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [BIN, 'drill', 'deployment-sketch', '--plain'], { cwd: ROOT, env: { ...process.env, PATH: PATH_WITH_DRILLBIT, DRILLBIT_HOME: home, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}
const exitOf = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', (code) => r(code)));

// Registered after temp-dir's hook, so it runs first: a child is gone before its folder is removed.
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exitOf(child);
  }
});

describe('drill drafts survive kill -9', () => {
  it('resumes the earlier text with the time that was left', async () => {
    const home = tempDir('drillbit-resume-');
    const draftPath = join(home, 'drafts', 'deployment-sketch.json');
    const child = startDrill(home);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.write('Built in CI, pushed to ECR with a git sha tag.\n\n1 vCPU / 2 GB\n');
    await until(() => expect(existsSync(draftPath) && readFileSync(draftPath, 'utf8')).toContain('1 vCPU / 2 GB'));
    child.kill('SIGKILL');
    await exitOf(child);
    expect(out).toContain('[15:00 left] 1/16 fargate.image');

    const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
    expect(draft.answers).toEqual({ 'fargate.image': 'Built in CI, pushed to ECR with a git sha tag.', 'fargate.resources': '1 vCPU / 2 GB' });
    expect(draft.remainingMs).toBeLessThan(FULL_MS);

    const again = runCli(['drill', 'deployment-sketch', '--plain'], { input: 'y\n\nmeasured under load\n\n', env: { DRILLBIT_HOME: home } });
    expect(again.stdout).toMatch(/^A draft of "Deployment sketch — the Flask API on Fargate and on Cloud Run" was saved with 1[45]:\d\d left\. resume\? \[Y\/n\] \n/);
    expect(again.stdout).toContain('left (resumed)');
    expect(again.stdout).toContain('Your saved answer:\nBuilt in CI, pushed to ECR with a git sha tag.\n(type more, or an empty line to keep it)');
    expect(again.stdout).toContain('Your saved answer:\n1 vCPU / 2 GB\n');
    const shown = [...again.stdout.matchAll(/\[(\d+):(\d\d) left\]/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    expect(shown.length).toBeGreaterThan(0);
    // Each line is saved as entered, so the draft may be saved within the first second (shown as 15:00).
    for (const seconds of shown) expect(seconds).toBeLessThanOrEqual(15 * 60);
    // Input ended before the last section: the draft stays, with the new line added.
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('drillbit: input ended before the last section; your draft is saved. Run "drillbit drill deployment-sketch" to resume it\n');
    const after = JSON.parse(readFileSync(draftPath, 'utf8'));
    expect(after.answers['fargate.resources']).toBe('1 vCPU / 2 GB\nmeasured under load');
    expect(after.startedAt).toBe(draft.startedAt);
    expect(after.remainingMs).toBeLessThanOrEqual(draft.remainingMs);
  }, 30_000);

  it('Ctrl-C stops with 130, says the draft is saved, and the draft holds every line entered', async () => {
    const home = tempDir('drillbit-resume-');
    const draftPath = join(home, 'drafts', 'deployment-sketch.json');
    const child = startDrill(home);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    await until(() => expect(out).toContain('1/16 fargate.image'));
    child.stdin.write('first line\nsecond line\n');
    // Plain mode saves each line as it is entered (well inside the TUI's 1 s throttle): Ctrl-C comes once both are read.
    await until(() => expect(JSON.parse(readFileSync(draftPath, 'utf8')).answers).toEqual({ 'fargate.image': 'first line\nsecond line' }));
    child.kill('SIGINT');
    expect(await exitOf(child)).toBe(130);
    expect(err).toBe('\ndrillbit: stopped (SIGINT); your draft is saved. Run "drillbit drill deployment-sketch" to resume it\n');
    expect(JSON.parse(readFileSync(join(home, 'drafts', 'deployment-sketch.json'), 'utf8')).answers).toEqual({ 'fargate.image': 'first line\nsecond line' });
  }, 30_000);

  it('resume? takes y/yes/empty as yes and n/no as no, and asks again on anything else', () => {
    const home = tempDir('drillbit-resume-');
    const draftPath = join(home, 'drafts', 'deployment-sketch.json');
    expect(runCli(['drill', 'deployment-sketch', '--plain'], { input: 'old text\n\n', env: { DRILLBIT_HOME: home } }).status).toBe(1);  // input ends before the last section: the draft is kept, exit 1
    const prompt = 'resume? [Y/n] ';
    const again = 'Answer y (resume the draft) or n (start afresh). resume? [Y/n] ';
    // "more" is neither yes nor no: asked again; "YES" then resumes.
    const r = runCli(['drill', 'deployment-sketch', '--plain'], { input: 'more\nYES\nadded\n\n', env: { DRILLBIT_HOME: home } });
    expect(r.stdout).toContain(`${prompt}\n${again}\n`);
    expect(r.stdout).toContain('left (resumed)');
    expect(JSON.parse(readFileSync(draftPath, 'utf8')).answers).toEqual({ 'fargate.image': 'old text\nadded' });
    // "nope" is asked again; "no" starts afresh.
    const fresh = runCli(['drill', 'deployment-sketch', '--plain'], { input: 'nope\nno\nnew text\n\n', env: { DRILLBIT_HOME: home } });
    expect(fresh.stdout).toContain(`${prompt}\n${again}\n`);
    expect(fresh.stdout).not.toContain('old text');
    expect(JSON.parse(readFileSync(draftPath, 'utf8')).answers).toEqual({ 'fargate.image': 'new text' });
    // An empty line is yes.
    const empty = runCli(['drill', 'deployment-sketch', '--plain'], { input: '\nmore\n\n', env: { DRILLBIT_HOME: home } });
    expect(empty.stdout).toContain('left (resumed)');
    expect(empty.stdout).not.toContain(again);
    expect(JSON.parse(readFileSync(draftPath, 'utf8')).answers).toEqual({ 'fargate.image': 'new text\nmore' });
    // End of input at the question keeps (resumes) the draft.
    const eof = runCli(['drill', 'deployment-sketch', '--plain'], { input: '', env: { DRILLBIT_HOME: home } });
    expect(eof.stdout).toContain('left (resumed)');
    expect(eof.status).toBe(1);
    expect(JSON.parse(readFileSync(draftPath, 'utf8')).answers).toEqual({ 'fargate.image': 'new text\nmore' });
  });

  it('answering n starts afresh', () => {
    const home = tempDir('drillbit-resume-');
    expect(runCli(['drill', 'deployment-sketch', '--plain'], { input: 'old text\n\n', env: { DRILLBIT_HOME: home } }).status).toBe(1);  // input ends before the last section: the draft is kept, exit 1
    const r = runCli(['drill', 'deployment-sketch', '--plain'], { input: 'n\nnew text\n\n', env: { DRILLBIT_HOME: home } });
    expect(r.stdout).toContain('resume? [Y/n]');
    expect(r.stdout).not.toContain('old text');
    expect(JSON.parse(readFileSync(join(home, 'drafts', 'deployment-sketch.json'), 'utf8')).answers).toEqual({ 'fargate.image': 'new text' });
  });
});
