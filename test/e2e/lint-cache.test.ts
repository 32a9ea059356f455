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
    // Two entries: the parsed deck (which grade and review read too) and lint's own outcome for the file.
    const dir = join(home, 'cache', 'content');
    const entries = readdirSync(dir).sort();
    expect(entries).toHaveLength(2);
    const written = entries.map((e) => statSync(join(dir, e)));
    // A hit reads lint's entry and writes nothing; a miss would write them again (new files renamed over them).
    expect(runCli(['lint', deck], { env }).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(entries);
    entries.forEach((e, i) => expect(statSync(join(dir, e))).toMatchObject({ ino: written[i]!.ino, mtimeMs: written[i]!.mtimeMs }));
    writeFileSync(deck, 'id: d\ntitle: D\ncards:\n  - id: c\n    kind: text\n    prompt: ""\n    answer: A.\n');
    const r = runCli(['lint', deck], { env });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${deck}:6:13: cards[0].prompt: must not be empty\n`);
  });
});
