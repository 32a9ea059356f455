import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('lives in DRILLBIT_HOME/cache, else XDG_CACHE_HOME/drillbit, else ~/.cache/drillbit', () => {
    expect(cacheDir({ DRILLBIT_HOME: '/d', XDG_CACHE_HOME: '/x' })).toBe('/d/cache');
    expect(cacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/drillbit');
    expect(cacheDir({})).toBe(join(process.env['HOME']!, '.cache', 'drillbit'));
  });
});
