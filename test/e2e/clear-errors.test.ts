/** Faults in the data directory and in content files, each reported in words (issue 13, items 12 and 13). */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

function sandbox(): { root: string; home: string; deck: string; env: NodeJS.ProcessEnv } {
  const root = tempDir();
  const deck = join(root, 'deck.yaml');
  writeFileSync(deck, 'id: t\ntitle: Test deck\ncards:\n  - id: c0\n    kind: text\n    prompt: Question 0?\n    answer: Answer 0 is here\n');
  const home = join(root, 'home');
  return { root, home, deck, env: { DRILLBIT_HOME: home, DRILLBIT_DECKS: deck, DRILLBIT_NO_CACHE: '1' } };
}

describe('the data directory', () => {
  it('an invalid settings.json: says file, line and that the defaults are used, and every command still works', () => {
    const { home, env } = sandbox();
    mkdirSync(home);
    writeFileSync(join(home, 'settings.json'), '{\n  "newPerDay": 5,\n  oops\n}\n');
    const file = join(home, 'settings.json');
    const s = runCli(['stats', '--json'], { env });
    expect([s.status, s.stderr]).toEqual([0, `drillbit: ${file}:3:3: not valid JSON; drillbit uses the default settings until you fix or delete the file\n`]);
    const r = runCli(['review', '--plain'], { env, input: 'Answer 0 is here\n\n\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^saved t\/c0 /m);
    writeFileSync(file, '{\n  "newPerDay": 5,\n  "dayStartHour": 30\n}\n');
    expect(runCli(['stats'], { env }).stderr).toBe(`drillbit: ${file}:3: dayStartHour must be a whole hour from 0 to 23 (it is 30); drillbit uses the default settings until you fix or delete the file\n`);
    writeFileSync(file, '{"newPerDays": 5}');
    expect(runCli(['stats'], { env }).stderr).toMatch(new RegExp(`^drillbit: ${file}:1: unknown setting "newPerDays" \\(the settings are desiredRetention, newPerDay, [a-zA-Z, ]+\\); drillbit uses the default settings until you fix or delete the file\n$`));
  });

  it('DRILLBIT_HOME that is a file: one line saying so, for writers and readers', () => {
    const { root, env } = sandbox();
    const file = join(root, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = runCli(['review', '--plain'], { env: { ...env, DRILLBIT_HOME: file }, input: 'x\n\n\n' });
    const said = `drillbit: the data directory ${file} is a file, not a folder; set DRILLBIT_HOME to a folder, or move the file away\n`;
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', said]);
    const s = runCli(['stats'], { env: { ...env, DRILLBIT_HOME: file } });
    expect([s.status, s.stderr]).toEqual([1, said]);
    const sub = runCli(['review', '--plain'], { env: { ...env, DRILLBIT_HOME: join(file, 'sub') }, input: 'x\n\n\n' });
    expect([sub.status, sub.stderr]).toEqual([1, `drillbit: cannot create the data directory ${join(file, 'sub')}: a file is in the way of the folder; set DRILLBIT_HOME to a folder (reviews already saved are kept)\n`]);
  });

  it('history.jsonl that is a folder: only the real error, nothing about a rebuild', () => {
    const { home, env } = sandbox();
    mkdirSync(join(home, 'history.jsonl'), { recursive: true });
    writeFileSync(join(home, 'state.json'), JSON.stringify({ schemaVersion: 1, historyBytes: 10, totalReviews: 1, cards: {}, pulled: [], days: {} }));
    const expected = `drillbit: cannot read ${join(home, 'history.jsonl')}: a folder is in the way of the file; move it away (drillbit keeps its data in files there) (reviews already saved are kept)\n`;
    for (const args of [['stats'], ['review', '--plain']]) {
      const r = runCli(args, { env, input: 'x\n\n\n' });
      expect([args, r.status, r.stdout, r.stderr]).toEqual([args, 1, '', expected]);
    }
  });

  it('EFBIG (a file-size limit) is said in words, and the review that did not fit is neither acknowledged nor torn', () => {
    const { home, env } = sandbox();
    writeFileSync(env['DRILLBIT_DECKS']!, 'id: t\ntitle: T\ncards:\n  - id: c0\n    kind: text\n    prompt: Q0?\n    answer: A0\n  - id: c1\n    kind: text\n    prompt: Q1?\n    answer: A1\n');
    // ulimit -f 2: files up to 1 KiB; SIGXFSZ ignored, so writes past it fail with EFBIG.
    const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 2; exec "${process.execPath}" "${BIN}" review --plain`], {
      cwd: ROOT, input: `${'a'.repeat(700)}\n\n\n${'b'.repeat(700)}\n\n\n`, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`drillbit: cannot save the review to ${join(home, 'history.jsonl')}: the file is larger than this system allows (check "ulimit -f" and the file system's limit) (reviews already saved are kept)\n`);
    expect((r.stdout.match(/^saved /gm) ?? []).length).toBe(1);
    const text = readFileSync(join(home, 'history.jsonl'), 'utf8');
    expect(text.endsWith('\n') && text.split('\n').filter(Boolean).length).toBe(1);
  });

  it('the torn-line notice counts bytes, not characters (a line cut inside a UTF-8 character)', () => {
    const { home, env } = sandbox();
    runCli(['review', '--plain'], { env, input: 'a\n\n\n' });
    const torn = Buffer.from('{"v":1,"answer":"caf\u00e9');
    appendFileSync(join(home, 'history.jsonl'), torn.subarray(0, torn.length - 1));
    const s = runCli(['stats', '--json'], { env });
    expect(s.stderr).toBe(`drillbit: ${join(home, 'history.jsonl')} ends with a torn line (${torn.length - 1} bytes of an unfinished write); skipped it\n`);
  });
});

describe('a huge batch file', () => {
  it('600 MB: graded line by line in bounded memory; an overlong line is one error naming its line, the others are graded', () => {
    const { root, env } = sandbox();
    const file = join(root, 'huge.jsonl');
    const first = '{"reference":"the execution role pulls the image","answer":"the execution role pulls the image"}\n';
    writeFileSync(file, first);
    // A sparse 600 MB line of NUL bytes (past the longest string V8 can make), then one more record.
    truncateSync(file, 600 * 1024 * 1024);
    appendFileSync(file, '\n{"reference":"a task role","answer":"a task role"}\n');
    const r = runCli(['grade', '--batch', file, '--json'], { env });
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect([out[0].verdict, out[2].verdict]).toEqual(['correct', 'correct']);
    const bytes = 600 * 1024 * 1024 - Buffer.byteLength(first);
    expect(out[1]).toEqual({ line: 2, error: `the line is ${bytes} bytes long; a batch line may be at most 305536 bytes (answers at most 20000 characters)` });
    expect(r.stderr).toBe(`drillbit: ${file}:2: the line is ${bytes} bytes long; a batch line may be at most 305536 bytes (answers at most 20000 characters)\n`);
  }, 60_000);
});
