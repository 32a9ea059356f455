import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, contentHash, openContentCache } from '../../src/store/content-cache.js';
import { checksum } from '../../src/store/checksum.js';
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

  it('hashes text stably: its UTF-8 length and CRC-32, in hex', () => {
    // 0x352441c2 is the CRC-32 of "abc" (the standard check value).
    expect(contentHash('abc')).toBe('3-352441c2');
    expect(contentHash('drillbit — 🐳')).toBe('11-589ff7b9');
    expect(checksum(Buffer.from('drillbit — 🐳'))).toBe(contentHash('drillbit — 🐳'));
    expect(contentHash('')).toBe('0-00000000');
    expect(contentHash('abd')).not.toBe(contentHash('abc'));
  });

  it('keeps one entry per file, replaced whole by the next set, with no temp file left', () => {
    const dir = temp();
    const cache = openContentCache(dir, 'b');
    cache.set('/x.yaml', 'h1', { v: 1 });
    cache.set('/x.yaml', 'h2', { v: 2 });
    expect(readdirSync(dir)).toEqual([`${contentHash('/x.yaml')}.json`]);
    expect(cache.get('/x.yaml', 'h2')).toEqual({ v: 2 });
    expect(cache.get('/x.yaml', 'h1')).toBeUndefined();
  });

  it('a set whose rename fails leaves the entry as it was and no temp file', () => {
    const dir = temp();
    const cache = openContentCache(dir, 'b');
    // A folder where the entry goes: the temp file is written, the rename onto it fails.
    const entry = join(dir, `${contentHash('/x.yaml')}.json`);
    mkdirSync(join(entry, 'inside'), { recursive: true });
    cache.set('/x.yaml', 'h', { v: 1 });
    expect(readdirSync(dir)).toEqual([`${contentHash('/x.yaml')}.json`]);
    expect(readdirSync(entry)).toEqual(['inside']);
    expect(cache.get('/x.yaml', 'h')).toBeUndefined();
  });

  it('makes its folder and the folders above it, user-only, and stores the build, the hash and the value', () => {
    const dir = join(temp(), 'a', 'b');
    const cache = openContentCache(dir, 'b1');
    cache.set('/x.yaml', 'h', { v: [1] });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(join(dir, `${contentHash('/x.yaml')}.json`), 'utf8'))).toEqual({ build: 'b1', hash: 'h', value: { v: [1] } });
    expect(cache.get('/x.yaml', 'h')).toEqual({ v: [1] });
  });

  it('a relative path and its absolute path are the same entry', () => {
    const cache = openContentCache(temp(), 'b');
    cache.set(join(process.cwd(), 'decks', 'x.yaml'), 'h', 'value');
    expect(cache.get(relative(process.cwd(), join(process.cwd(), 'decks', 'x.yaml')), 'h')).toBe('value');
  });

  it('an entry of another build with the same hash is a miss', () => {
    const dir = temp();
    openContentCache(dir, 'old').set('/x.yaml', 'h', 1);
    expect(openContentCache(dir, 'new').get('/x.yaml', 'h')).toBeUndefined();
    expect(openContentCache(dir, 'old').get('/x.yaml', 'h')).toBe(1);
  });

  it('lives in DRILLBIT_HOME/cache, else XDG_CACHE_HOME/drillbit, else ~/.cache/drillbit', () => {
    expect(cacheDir({ DRILLBIT_HOME: '/d', XDG_CACHE_HOME: '/x' })).toBe('/d/cache');
    expect(cacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/drillbit');
    expect(cacheDir({})).toBe(join(process.env['HOME']!, '.cache', 'drillbit'));
  });
});
