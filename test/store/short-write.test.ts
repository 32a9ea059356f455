import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStorage, type HistoryIo } from '../../src/store/file-storage.js';
import { openCollection } from '../../src/store/open-collection.js';
import { writeAll } from '../../src/store/write-all.js';
import { tempDir } from '../helpers/temp-dir.js';
import { deck, review } from './fixtures.js';

const T0 = new Date('2026-02-02T09:00:00Z');
const decks = [deck(5)];

/** fs, except that writeSync writes at most `chunk` bytes and stops for good after `budget` bytes in all. */
function shortIo(chunk: number, budget = Infinity): HistoryIo & { written: number } {
  const io = {
    ...fs,
    written: 0,
    writeSync: (fd: number, buf: Uint8Array, off: number, len: number): number => {
      const n = Math.max(0, Math.min(len, chunk, budget - io.written));
      io.written += n;
      return n === 0 ? 0 : fs.writeSync(fd, buf, off, n);
    },
  };
  return io;
}

describe('writeAll', () => {
  it('loops on short counts until every byte is written', () => {
    const dir = tempDir();
    const fd = fs.openSync(join(dir, 'f'), 'w');
    writeAll(fd, 'x'.repeat(1000), shortIo(7));
    fs.closeSync(fd);
    expect(fs.readFileSync(join(dir, 'f'), 'utf8')).toBe('x'.repeat(1000));
  });

  it('fails with ENOSPC when a write makes no progress', () => {
    const dir = tempDir();
    const fd = fs.openSync(join(dir, 'f'), 'w');
    expect(() => writeAll(fd, 'x'.repeat(100), shortIo(7, 50))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    fs.closeSync(fd);
  });
});

describe('recording a review on a disk that fills up', () => {
  it('writes a whole line through short writes', () => {
    const dir = tempDir();
    const c = openCollection({ storage: fileStorage(dir, shortIo(5)), decks, now: T0, write: true });
    c.record(review('d/c0', T0));
    c.close();
    const lines = fs.readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ key: 'd/c0', answer: 'answer to d/c0' });
  });

  it('never acknowledges a half-written review: it throws "the disk is full" and leaves no torn line', () => {
    const dir = tempDir();
    const first = openCollection({ dir, decks, now: T0, write: true });
    first.record(review('d/c0', T0));
    first.close();
    const before = fs.readFileSync(join(dir, 'history.jsonl'), 'utf8');
    const io = shortIo(16, 40);
    const c = openCollection({ storage: fileStorage(dir, io), decks, now: T0, write: true });
    expect(() => c.record(review('d/c1', T0))).toThrow(
      `cannot save the review to ${join(dir, 'history.jsonl')}: the disk is full; free some space (reviews already saved are kept)`,
    );
    expect(io.written).toBe(40);
    expect(fs.readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe(before);
    expect(c.entry('d/c1')!.state).toBeUndefined();
    c.close();
    const notices: string[] = [];
    const again = openCollection({ dir, decks, now: T0, write: false, onNotice: (m) => notices.push(m) });
    expect([notices, again.stats(T0).totalReviews]).toEqual([[], 1]);
  });
});
