import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { generateSubnetRound } from '../../src/core/drills/subnet-problems.js';
import { loadDecks } from '../../src/cli/content.js';
import { openCollection } from '../../src/store/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const home = () => tempDir('drillbit-plain-');

describe('drillbit drill --plain', () => {
  it('runs the sketch section by section, grades, keeps the attempt and clears the draft', () => {
    const dir = home();
    const answers = parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sketch-thorough.yaml'), 'utf8')) as Record<string, string>;
    const input = Object.values(answers).map((a) => `${a}\n\n`).join('');
    const r = runCli(['drill', 'deployment-sketch', '--plain'], { input, env: { DRILLBIT_HOME: dir } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('Deployment sketch — the Flask API on Fargate and on Cloud Run — 15:00\nWrite a short deployment sketch')).toBe(true);
    expect(r.stdout).toContain('\nEnd each answer with an empty line.\n');
    const headings = [...r.stdout.matchAll(/^\[\d+:\d\d left\] (\d+)\/16 (\S+)/gm)].map((m) => m[2]);
    expect(headings).toEqual(Object.keys(answers));
    expect(r.stdout).toMatch(/\nScore: \d+% \((correct|partial|incorrect)\)\n/);
    expect(r.stdout).toContain('\nChecks:\n  ok   fargate.resources: 1 vCPU / 2 GiB is a valid Fargate task size\n');
    expect(r.stdout).toMatch(/\nHistory: best \d+%, last \d+%, first attempt \(1 attempt\)\n/);
    const kept = readFileSync(join(dir, 'attempts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ drillId: 'deployment-sketch', timedOut: false, answers });
    expect(kept[0].result.sections).toHaveLength(16);
    expect(existsSync(join(dir, 'drafts', 'deployment-sketch.json'))).toBe(false);

    const list = runCli(['drill', 'list'], { env: { DRILLBIT_HOME: dir } });
    expect(list.stdout).toMatch(new RegExp(`^deployment-sketch  15 min  best ${Math.round(kept[0].score * 100)}%\\s+Deployment sketch`));
  });

  it('a second attempt shows best, last and trend', () => {
    const dir = home();
    const empty = '\n'.repeat(16);
    expect(runCli(['drill', 'deployment-sketch', '--plain'], { input: `ECR with a git sha tag\n${empty}`, env: { DRILLBIT_HOME: dir } }).status).toBe(0);
    const r = runCli(['drill', 'deployment-sketch', '--plain'], { input: empty, env: { DRILLBIT_HOME: dir } });
    expect(r.stdout).toMatch(/\nHistory: best \d+%, last 0%, trend down \(2 attempts\)\n/);
  });

  it('poorly scored sections pull their related deck cards into the next review, which takes them within the daily limits and says so', async () => {
    const dir = home();
    const NOW = '2026-03-02T10:00:00Z';
    const r = runCli(['drill', 'deployment-sketch', '--plain'], { input: '\n'.repeat(16), env: { DRILLBIT_HOME: dir, DRILLBIT_NOW: NOW } });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const decks = await loadDecks();
    const related = decks.flatMap((d) => d.cards.filter((c) => c.tags?.some((t) => ['fargate', 'cloud-run', 'iam'].includes(t))).map((c) => `${d.id}/${c.id}`));
    expect(related.length).toBeGreaterThan(0);
    const collection = openCollection({ dir, decks, now: new Date(NOW), write: false });
    const pulled = collection.pulled();
    collection.close();
    expect(pulled).toEqual(expect.arrayContaining(related));
    expect(r.stdout).toMatch(new RegExp(`\\nReview: ${pulled.length} related deck cards \\(fargate, images, deploy, .*\\) pulled forward; your next reviews take them within the daily limits\\.\\n$`));
    // All are new cards: the next session takes the day's 20 and says how many wait.
    expect(pulled.length).toBeGreaterThan(20);
    const review = runCli(['review', '--plain'], { input: '', env: { DRILLBIT_HOME: dir, DRILLBIT_NOW: NOW } });
    expect(review.status).toBe(0);
    expect(review.stdout.split('\n').slice(0, 2)).toEqual([`20 cards pulled forward by a drill (${pulled.length - 20} more wait for a later session: the daily limits apply to them too)`, `[1/20] ${pulled[0]}`]);
  });

  it('says once, at the start, that each line is saved as it is entered', () => {
    const note = 'Each line is saved as you enter it (press Enter); text on a line not yet entered is lost if you stop.';
    for (const [id, input] of [['deployment-sketch', '\n'.repeat(16)], ['subnet-bits', '/24\n'.repeat(5)]] as const) {
      const r = runCli(['drill', id, '--plain'], { input, env: { DRILLBIT_HOME: home() } });
      expect(r.status).toBe(0);
      expect(r.stdout.split(note)).toHaveLength(2);
      expect(r.stdout.indexOf(note)).toBeLessThan(r.stdout.indexOf('[10:00 left]') >= 0 ? r.stdout.indexOf('[10:00 left]') : r.stdout.indexOf('[15:00 left]'));
    }
  });

  it('subnet-bits asks for the count and the prefix: in the instructions, the one-line note and every problem', () => {
    const dir = home();
    const round = generateSubnetRound(3, 5);
    const r = runCli(['drill', 'subnet-bits', '--plain', '--seed', '3'], { input: `/${round[0]!.mistakes[0]!.prefix}\n${'\n'.repeat(4)}`, env: { DRILLBIT_HOME: dir } });
    expect(r.status).toBe(0);
    const format = 'Answer with the addresses needed in the busiest subnet and the prefix, e.g. "72 /25".';
    expect(r.stdout).toContain('\nOne line per answer: the addresses needed in the busiest subnet, then the prefix (like "72 /25").\n');
    expect(r.stdout).toContain('Answer with the addresses needed in the busiest subnet and the prefix');
    expect(r.stdout.split(`\n${format}\n`).length - 1).toBe(5);
    // A bare prefix is graded, and its feedback asks for the count next time.
    expect(r.stdout).toMatch(/\nProblem 1: \/\d+ is wrong; .* A bare \/\d+ could come from .*Next time give the addresses needed with the prefix \(like "72 \/25"\) so the mistake can be named\.\n/);
  });

  it('drill list without attempts', () => {
    const r = runCli(['drill', 'list'], { env: { DRILLBIT_HOME: home() } });
    expect(r.stdout).toBe(
      'deployment-sketch  15 min  —  Deployment sketch — the Flask API on Fargate and on Cloud Run\n' +
        "subnet-bits        10 min  —  Subnet bits — size a Fargate service's subnets at the deploy peak\n",
    );
  });

  it('an unknown drill is a one-line error', () => {
    const r = runCli(['drill', 'nope', '--plain'], { env: { DRILLBIT_HOME: home() } });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('drillbit: no drill "nope"; the drills are: deployment-sketch, subnet-bits ("drillbit drill list")\n');
  });

  it('subnet-bits: N problems, one line each, graded with the mistake named', () => {
    const dir = home();
    const round = generateSubnetRound(1, 5);
    const bitShort = round[1]!.mistakes.find((m) => m.id === 'bit-short')!;
    const input = [`/${round[0]!.solution.prefix}`, `${bitShort.addressesNeeded} /${bitShort.prefix}`, '', 'no idea', `10.0.0.0/${round[4]!.solution.prefix}`].join('\n') + '\n';
    const r = runCli(['drill', 'subnet-bits', '--plain', '--seed', '1'], { input, env: { DRILLBIT_HOME: dir } });
    expect(r.status).toBe(0);
    expect([...r.stdout.matchAll(/^\[\d+:\d\d left\] Problem (\d)\/5$/gm)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(r.stdout).toContain(round[0]!.text);
    expect(r.stdout).toContain('Score: 40% (partial), 2 of 5 right');
    expect(r.stdout).toContain(`Problem 1: Right: /${round[0]!.solution.prefix}.`);
    expect(r.stdout).toContain(`Problem 2: /${bitShort.prefix} is wrong; the answer is /${round[1]!.solution.prefix} (${round[1]!.solution.addressesNeeded} addresses needed). You rounded down to the power of two below`);
    expect(r.stdout).toContain(`    1. ${round[1]!.solution.steps[0]}`);
    expect(r.stdout).toContain('Problem 3: No answer; the answer is');
    expect(r.stdout).toContain('Problem 4: No prefix found in "no idea"');
  });
});
