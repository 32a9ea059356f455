import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, openContentCache } from '../../src/store/content-cache.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const temp = (): string => tempDir('drillbit-cache-');

describe('content cache', () => {
  it('returns a value only for the same file, content hash and build', () => {
    const dir = temp();
    const cache = openContentCache(dir, 'build-1');
    cache.set('/decks/a.yaml', 'h1', { id: 'a' });
    expect(cache.get('/decks/a.yaml', 'h1')).toEqual({ id: 'a' });
    expect(cache.get('/decks/a.yaml', 'h2')).toBeUndefined();
    expect(cache.get('/decks/b.yaml', 'h1')).toBeUndefined();
    expect(openContentCache(dir, 'build-2').get('/decks/a.yaml', 'h1')).toBeUndefined();
  });

  it('treats a damaged entry as a miss', () => {
    const dir = temp();
    const cache = openContentCache(dir, 'b');
    cache.set('/x.yaml', 'h', { ok: true });
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), '{"build": "b", "hash": "h", "val');
    expect(cache.get('/x.yaml', 'h')).toBeUndefined();
  });

  it('never fails when the folder cannot be written', () => {
    const file = join(temp(), 'not-a-dir');
    writeFileSync(file, '');
    const cache = openContentCache(join(file, 'sub'), 'b');
    expect(() => cache.set('/x.yaml', 'h', 1)).not.toThrow();
    expect(cache.get('/x.yaml', 'h')).toBeUndefined();
  });

  it('hashes text stably', () => {
    expect(contentHash('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});

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
