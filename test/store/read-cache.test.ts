import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStorage } from '../../src/store/file-storage.js';
import { openCollection } from '../../src/store/open-collection.js';
import { READ_CACHE_AFTER_BYTES } from '../../src/store/read-cache.js';
import type { Storage } from '../../src/store/storage.js';
import { tempDir } from '../helpers/temp-dir.js';
import { deck } from './fixtures.js';

const T0 = new Date('2026-02-02T09:00:00Z');
const decks = [deck(50)];

/** A history of `n` reviews written straight to disk (no checkpoint), as a writer killed before its checkpoint leaves it. */
function historyOf(n: number, answer = 'an answer long enough to make the history grow quickly past the threshold'): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const at = new Date(T0.getTime() - (n - i) * 60_000).toISOString();
    lines.push(JSON.stringify({ v: 1, type: 'review', id: `r${i}`, key: `d/c${i % 50}`, at, day: at.slice(0, 10), answer, score: 1, verdict: 'correct', suggested: 'good', rating: 'good', overridden: false, elapsedMs: 4000, hash: 'h', retention: 0.9 }));
  }
  return `${lines.join('\n')}\n`;
}

/** File storage that counts the history lines it replays. */
function counting(dir: string): { storage: Storage; replayed: () => number } {
  const storage = fileStorage(dir);
  let lines = 0;
  const scan = storage.history.scan.bind(storage.history);
  return {
    storage: { ...storage, history: { ...storage.history, scan: (from, onLine) => scan(from, (l, e) => (lines++, onLine(l, e))) } },
    replayed: () => lines,
  };
}

describe('the read cache of read-only commands', () => {
  it('lets the next read-only open start where the last one ended instead of replaying the whole history', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const text = historyOf(2000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(READ_CACHE_AFTER_BYTES);
    writeFileSync(join(dir, 'history.jsonl'), text);
    const first = counting(dir);
    const a = openCollection({ storage: first.storage, decks, now: T0, write: false });
    expect([first.replayed(), a.stats(T0).totalReviews]).toEqual([2000, 2000]);
    expect(existsSync(join(dir, 'read-cache.json'))).toBe(true);
    expect(existsSync(join(dir, 'state.json'))).toBe(false);
    const second = counting(dir);
    const b = openCollection({ storage: second.storage, decks, now: T0, write: false });
    expect([second.replayed(), b.stats(T0)]).toEqual([0, a.stats(T0)]);
    // New reviews after it are replayed on top of it.
    writeFileSync(join(dir, 'history.jsonl'), text + historyOf(3).replace(/"r(\d)"/g, '"s$1"'));
    const third = counting(dir);
    expect([openCollection({ storage: third.storage, decks, now: T0, write: false }).stats(T0).totalReviews, third.replayed()]).toEqual([2003, 3]);
  });

  it('is ignored when the history is another one (its fingerprint differs) or the cache is damaged', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'history.jsonl'), historyOf(2000));
    openCollection({ dir, decks, now: T0, write: false });
    // A different history, longer than the cached offset.
    writeFileSync(join(dir, 'history.jsonl'), historyOf(2100, 'another answer, of another length than the first history had'));
    const other = counting(dir);
    expect(openCollection({ storage: other.storage, decks, now: T0, write: false }).stats(T0).totalReviews).toBe(2100);
    expect(other.replayed()).toBe(2100);
    const cache = readFileSync(join(dir, 'read-cache.json'), 'utf8');
    writeFileSync(join(dir, 'read-cache.json'), cache.replace('"totalReviews":2100', '"totalReviews":9999'));
    const damaged = counting(dir);
    expect(openCollection({ storage: damaged.storage, decks, now: T0, write: false }).stats(T0).totalReviews).toBe(2100);
    expect(damaged.replayed()).toBe(2100);
  });

  it('gives a writer a head start too, and the writer\'s checkpoint then takes over', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'history.jsonl'), historyOf(2000));
    openCollection({ dir, decks, now: T0, write: false });
    const w = counting(dir);
    const c = openCollection({ storage: w.storage, decks, now: T0, write: true });
    expect([w.replayed(), c.stats(T0).totalReviews]).toEqual([0, 2000]);
    c.close();
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).historyBytes).toBe(Buffer.byteLength(historyOf(2000)));
  });
});
