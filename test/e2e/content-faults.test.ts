/** Deck files that are broken, not files, or not UTF-8: each said in one line; everything else works. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const GOOD = 'id: mine\ntitle: Mine\ncards:\n  - id: a\n    kind: text\n    prompt: Question A?\n    answer: Answer A\n';

function home(): { home: string; decks: string; env: NodeJS.ProcessEnv } {
  const root = tempDir();
  const h = join(root, 'home');
  mkdirSync(join(h, 'decks'), { recursive: true });
  return { home: h, decks: join(h, 'decks'), env: { DRILLBIT_HOME: h, DRILLBIT_NO_CACHE: '1', DRILLBIT_DECKS: '' } };
}

describe('one broken user deck', () => {
  it('is skipped with one warning naming file:line; home, stats and review --deck of another deck work', () => {
    const { decks, env } = home();
    const bad = join(decks, 'bad.yaml');
    writeFileSync(bad, 'id: broken\ntitle: Broken\ncards:\n  - id: a\n    kind: text\n    prompt: [unclosed\n');
    writeFileSync(join(decks, 'good.yaml'), GOOD);
    // The unclosed [ opened on line 6, column 13.
    const warning = `drillbit: skipped deck ${bad}:6:13: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; "drillbit lint ${bad}" lists every problem\n`;
    const stats = runCli(['stats', '--json'], { env });
    expect([stats.status, stats.stderr]).toEqual([0, warning]);
    expect(JSON.parse(stats.stdout).decks.map((d: { deckId: string }) => d.deckId)).toEqual(['managed-containers', 'mine']);
    const review = runCli(['review', '--plain', '--deck', 'mine'], { env, input: 'Answer A\n\n\n' });
    expect([review.status, review.stderr]).toEqual([0, warning]);
    expect(review.stdout).toMatch(/^saved mine\/a /m);
    const plainHome = runCli([], { env });
    expect([plainHome.status, plainHome.stderr]).toEqual([0, warning]);
    expect(plainHome.stdout).toMatch(/^ {2}mine +1 cards {2}Mine$/m);
  });

  it('two decks with one id: the error names both files', () => {
    const { decks, env } = home();
    writeFileSync(join(decks, 'a.yaml'), GOOD);
    writeFileSync(join(decks, 'b.yaml'), GOOD);
    const r = runCli(['stats'], { env });
    expect([r.status, r.stderr]).toEqual([1, `drillbit: two decks have the id "mine": ${join(decks, 'a.yaml')} and ${join(decks, 'b.yaml')}; give each deck its own id\n`]);
  });
});

describe('deck paths that are not regular files', () => {
  it('a FIFO in the decks folder is left out and /dev/zero is refused, without hanging', () => {
    const { decks, env } = home();
    writeFileSync(join(decks, 'good.yaml'), GOOD);
    execFileSync('mkfifo', [join(decks, 'pipe.yaml')]);
    const stats = runCli(['stats', '--json'], { env });
    expect([stats.status, stats.stderr]).toEqual([0, '']);
    const zero = runCli(['stats'], { env: { ...env, DRILLBIT_DECKS: '/dev/zero' } });
    expect([zero.status, zero.stderr]).toEqual([0, 'drillbit: skipped deck /dev/zero:1:1: not a regular file (a device, a pipe or a socket); give a deck file or a folder of them; "drillbit lint /dev/zero" lists every problem\n']);
    const lint = runCli(['lint', join(decks, 'pipe.yaml')], { env });
    expect([lint.status, lint.stdout]).toEqual([1, `${join(decks, 'pipe.yaml')}:1:1: not a regular file (a device, a pipe or a socket); give a deck file or a folder of them\n`]);
  });
});

describe('deck files that are not UTF-8', () => {
  it('UTF-16 is named as such, and a stray byte is reported with its line and column', () => {
    const { decks, env } = home();
    const utf16 = join(decks, 'utf16.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    const latin1 = join(decks, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from(GOOD.replace('Answer A', 'Caf\u00e9 answer'), 'latin1'));
    const r = runCli(['lint', utf16, latin1], { env });
    expect(r.stdout).toBe(`${utf16}:1:1: the file is UTF-16; save it as UTF-8\n${latin1}:7:16: not UTF-8 text (byte 0xe9); save the file as UTF-8\n`);
  });
});
