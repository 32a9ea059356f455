/** lint through the built binary with its content cache warm: a hit reads, a changed file is a miss. */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const temp = (): string => tempDir('drillbit-cache-');

describe('lint with a warm cache', () => {
  it('still reports a file that changed after it was cached clean', () => {
    const home = temp();
    const deck = join(home, 'deck.yaml');
    writeFileSync(deck, 'id: d\ntitle: D\ncards:\n  - id: c\n    kind: text\n    prompt: P?\n    answer: A.\n');
    const env = { DRILLBIT_HOME: home };
    expect(runCli(['lint', deck], { env }).status).toBe(0);
    const entries = readdirSync(join(home, 'cache', 'content'));
    expect(entries).toHaveLength(1);
    const entry = join(home, 'cache', 'content', entries[0]!);
    const written = statSync(entry);
    // A hit reads the entry and writes nothing; a miss would write it again (a new file renamed over it).
    expect(runCli(['lint', deck], { env }).status).toBe(0);
    expect(statSync(entry)).toMatchObject({ ino: written.ino, mtimeMs: written.mtimeMs });
    writeFileSync(deck, 'id: d\ntitle: D\ncards:\n  - id: c\n    kind: text\n    prompt: ""\n    answer: A.\n');
    const r = runCli(['lint', deck], { env });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${deck}:6:13: cards[0].prompt: must not be empty\n`);
  });
});
