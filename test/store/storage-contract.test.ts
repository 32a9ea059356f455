/**
 * The Storage contract (storage.ts), run against both implementations: the
 * data directory (fileStorage) and its in-memory twin (memoryStorage). What a
 * collection relies on must hold for both, byte for byte.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStorage } from '../../src/store/file-storage.js';
import { memoryStorage } from '../../src/store/memory-storage.js';
import { fingerprintOf } from '../../src/store/read-cache.js';
import type { Storage } from '../../src/store/storage.js';
import { tempDir } from '../helpers/temp-dir.js';

interface Subject {
  storage: Storage;
  /** The raw bytes of the history log. */
  log: () => string;
  /** Puts raw bytes in the history log, as a crash or another program may leave them. */
  setLog: (text: string) => void;
  /** The contents of a file set aside at `path`. */
  aside: (path: string) => string;
}

function onDisk(): Subject {
  const dir = tempDir('drillbit-contract-');
  const storage = fileStorage(dir);
  const file = join(dir, 'history.jsonl');
  return {
    storage,
    log: () => (existsSync(file) ? readFileSync(file, 'utf8') : ''),
    setLog: (text) => {
      storage.history.close();
      writeFileSync(file, text);
    },
    aside: (path) => readFileSync(path, 'utf8'),
  };
}

function inMemory(): Subject {
  const storage = memoryStorage();
  return { storage, log: () => storage.files.history, setLog: (text) => (storage.files.history = text), aside: (path) => storage.files.aside[path]! };
}

/** Every complete line from `from` as [text, end offset], and the scan result. */
function scanAll(s: Storage, from = 0): { lines: [string, number][]; scan: unknown } {
  const lines: [string, number][] = [];
  const scan = s.history.scan(from, (line, end) => lines.push([line, end]));
  return { lines, scan };
}

describe.each([
  ['fileStorage', onDisk],
  ['memoryStorage', inMemory],
])('the storage contract: %s', (_name, make) => {
  it('has no state, an empty history and no read cache until something is written', () => {
    const { storage, log } = make();
    expect(storage.state.read()).toBeNull();
    expect(storage.history.size()).toBe(0);
    expect(scanAll(storage)).toEqual({ lines: [], scan: { end: 0, torn: undefined, tornBytes: undefined } });
    expect(storage.readCache.read()).toBeNull();
    expect(storage.readSettings()).toBeNull();
    expect(log()).toBe('');
  });

  it('reads back the state document it wrote, and replaces it whole', () => {
    const { storage } = make();
    storage.state.write({ schemaVersion: 1, cards: { a: 1 } });
    expect(storage.state.read()).toEqual({ schemaVersion: 1, cards: { a: 1 } });
    storage.state.write({ b: [2] });
    expect(storage.state.read()).toEqual({ b: [2] });
  });

  it('sets the state aside under a stamped name, keeping its bytes, and then has none', () => {
    const { storage, aside } = make();
    storage.state.write({ n: 7 });
    const to = storage.state.setAside('20260202T090000');
    expect(to).toBe(`${storage.state.path}.damaged-20260202T090000`);
    expect(aside(to)).toBe('{"n":7}');
    expect(storage.state.read()).toBeNull();
  });

  it('appends lines at the end, each ending in a newline, and scans them with their end offsets', () => {
    const { storage, log } = make();
    storage.history.append('{"n":1}', 0);
    storage.history.append('{"é":2}', 8);
    expect(log()).toBe('{"n":1}\n{"é":2}\n');
    expect(storage.history.size()).toBe(17);
    expect(scanAll(storage)).toEqual({
      lines: [['{"n":1}', 8], ['{"é":2}', 17]],
      scan: { end: 17, torn: undefined, tornBytes: undefined },
    });
    expect(scanAll(storage, 8)).toEqual({ lines: [['{"é":2}', 17]], scan: { end: 17, torn: undefined, tornBytes: undefined } });
    expect(scanAll(storage, 17)).toEqual({ lines: [], scan: { end: 17, torn: undefined, tornBytes: undefined } });
  });

  it('refuses to append anywhere but at the end, writing nothing', () => {
    const { storage, log } = make();
    storage.history.append('{"n":1}', 0);
    expect(() => storage.history.append('{"n":2}', 0)).toThrow(/was written by another process/);
    expect(() => storage.history.append('{"n":2}', 9)).toThrow(/was written by another process/);
    expect(() => storage.history.appendMany(['{"n":2}'], 7)).toThrow(/was written by another process/);
    expect(log()).toBe('{"n":1}\n');
  });

  it('appends many lines at once, and nothing at all for none', () => {
    const { storage, log } = make();
    storage.history.appendMany([], 0);
    expect(storage.history.size()).toBe(0);
    storage.history.appendMany(['a', 'bb', 'ccc'], 0);
    storage.history.appendMany([], 9);
    expect(log()).toBe('a\nbb\nccc\n');
    expect(scanAll(storage, 2).lines).toEqual([['bb', 5], ['ccc', 9]]);
  });

  it('reports a torn last line (text and bytes, a cut UTF-8 character too) after the last complete one', () => {
    const { storage, setLog } = make();
    setLog('one\ntwo\n{"torn":"é');
    expect(scanAll(storage)).toEqual({
      lines: [['one', 4], ['two', 8]],
      scan: { end: 8, torn: '{"torn":"é', tornBytes: 11 },
    });
    // A log that is only a torn line.
    setLog('{"x"');
    expect(scanAll(storage)).toEqual({ lines: [], scan: { end: 0, torn: '{"x"', tornBytes: 4 } });
  });

  it('scans empty lines as lines', () => {
    const { storage, setLog } = make();
    setLog('\n\na\n');
    expect(scanAll(storage).lines).toEqual([['', 1], ['', 2], ['a', 4]]);
  });

  it('cuts a torn tail off, keeping a copy of exactly those bytes, then appends after the last complete line', () => {
    const { storage, log, setLog, aside } = make();
    setLog('one\ntwo\nthr');
    const to = storage.history.cutTail(8, 'stamp1');
    expect(to).toBe(`${storage.history.path}.torn-stamp1`);
    expect(aside(to)).toBe('thr');
    expect(log()).toBe('one\ntwo\n');
    storage.history.append('three', 8);
    expect(log()).toBe('one\ntwo\nthree\n');
  });

  it('fingerprints the 512 bytes before an offset (the whole log when shorter)', () => {
    const { storage, setLog } = make();
    const text = `${'x'.repeat(600)}\n${'y'.repeat(10)}\n`;
    setLog(text);
    const bytes = Buffer.from(text);
    expect(storage.history.fingerprint(601)).toBe(fingerprintOf(bytes.subarray(89, 601)));
    expect(storage.history.fingerprint(612)).toBe(fingerprintOf(bytes.subarray(100, 612)));
    setLog('ab\n');
    expect(storage.history.fingerprint(3)).toBe(fingerprintOf(Buffer.from('ab\n')));
    expect(storage.history.fingerprint(0)).toBe(fingerprintOf(Buffer.alloc(0)));
  });

  it('reads back the read cache it wrote', () => {
    const { storage } = make();
    storage.readCache.write({ historyBytes: 3, fingerprint: 'f' });
    expect(storage.readCache.read()).toEqual({ historyBytes: 3, fingerprint: 'f' });
  });

  it('lets one writer hold the lock at a time, verifies it while held, and frees it on release', () => {
    const { storage } = make();
    const lock = storage.lock;
    lock.acquire();
    lock.verify();
    expect(() => lock.acquire()).toThrow(`another drillbit session (pid ${process.pid}) is using ${storage.location}`);
    lock.release();
    expect(() => lock.verify()).toThrow(/this session (does not hold|lost) (the|its) lock on/);
    lock.acquire();
    lock.release();
  });

  it('survives close and keeps appending after it', () => {
    const { storage, log } = make();
    storage.history.append('a', 0);
    storage.history.close();
    storage.history.close();
    storage.history.append('b', 2);
    storage.history.close();
    expect(log()).toBe('a\nb\n');
  });
});

describe('memoryStorage', () => {
  it('names its files under memory: and keeps the raw bytes for tests to inspect', () => {
    const m = memoryStorage();
    expect([m.location, m.state.path, m.history.path, m.readCache.path]).toEqual(['memory:', 'memory:state.json', 'memory:history.jsonl', 'memory:read-cache.json']);
    m.state.write({ a: 1 });
    m.history.append('x', 0);
    m.readCache.write({ c: 2 });
    expect(m.files).toEqual({ state: '{"a":1}', history: 'x\n', aside: {}, readCache: '{"c":2}' });
  });

  it('setting aside a missing state keeps an empty copy', () => {
    const m = memoryStorage();
    expect(m.state.setAside('s')).toBe('memory:state.json.damaged-s');
    expect(m.files.aside).toEqual({ 'memory:state.json.damaged-s': '' });
  });

  it('throws on a damaged state or read cache as JSON.parse does', () => {
    const m = memoryStorage();
    m.files.state = '{"a":';
    m.files.readCache = 'nope';
    expect(() => m.state.read()).toThrow(SyntaxError);
    expect(() => m.readCache.read()).toThrow(SyntaxError);
  });

  it('says which offset it expected when another writer got there first', () => {
    const m = memoryStorage();
    m.files.history = 'abc\n';
    expect(() => m.history.append('x', 0)).toThrow('memory:history.jsonl was written by another process (expected 0 bytes)');
    expect(() => m.history.appendMany(['x'], 2)).toThrow('memory:history.jsonl was written by another process (expected 2 bytes)');
  });

  it('the lock: a second acquire is refused, verify without it says it was lost, and `locked` shows who holds it', () => {
    const m = memoryStorage();
    expect(m.locked).toBe(false);
    expect(() => m.lock.verify()).toThrow('this session lost its lock on memory:');
    m.lock.acquire();
    expect(m.locked).toBe(true);
    expect(() => m.lock.acquire()).toThrow(`another drillbit session (pid ${process.pid}) is using memory:; finish it first`);
    m.lock.release();
    expect(m.locked).toBe(false);
  });

  it('returns the settings a test puts in', () => {
    const m = memoryStorage();
    m.settings = { newPerDay: 3 };
    expect(m.readSettings()).toEqual({ newPerDay: 3 });
  });
});
