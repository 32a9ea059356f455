/**
 * loadModel on its own: which checkpoint it starts from, how much history it
 * replays, whether the result is worth writing, and what each fault says.
 * Faults are injected through the Storage interface (memoryStorage with a
 * method replaced), which is how the store takes its storage.
 */
import { describe, expect, it } from 'vitest';
import { DrillbitError } from '../../src/core/errors.js';
import { loadModel, type LoadResult } from '../../src/store/load-model.js';
import { memoryStorage, type MemoryStorage } from '../../src/store/memory-storage.js';
import { emptyModel } from '../../src/store/model.js';
import { fingerprintOf } from '../../src/store/read-cache.js';
import type { HistoryScan, Storage } from '../../src/store/storage.js';

const STAMP = '2026-02-02T09-00-00-000Z';
const pull = (...keys: string[]): string => JSON.stringify({ v: 1, type: 'pull', at: '2026-02-02T09:00:00.000Z', keys });
const doc = (historyBytes: number, pulled: string[] = []) => ({ schemaVersion: 1, historyBytes, totalReviews: 0, cards: {}, pulled, days: {} });
const errno = (code: string): Error => Object.assign(new Error(`${code}: failed`), { code });

function load(storage: Storage, write = false): LoadResult & { notices: string[] } {
  const notices: string[] = [];
  return { ...loadModel(storage, write, STAMP, (m) => notices.push(m)), notices };
}

/** A memory storage whose history holds `lines` and whose checkpoint (if any) is at byte `at`. */
function withHistory(lines: string[], at?: number, pulled: string[] = []): MemoryStorage {
  const m = memoryStorage();
  m.files.history = lines.map((l) => `${l}\n`).join('');
  if (at !== undefined) m.state.write(doc(at, pulled));
  return m;
}

const summary = (r: LoadResult & { notices: string[] }) => ({ pulled: r.model.pulled, historyBytes: r.model.historyBytes, stale: r.stale, replayed: r.replayed, notices: r.notices });

describe('loadModel: where it starts and what it replays', () => {
  it('nothing stored: the empty model, worth writing, nothing replayed', () => {
    expect(load(memoryStorage())).toEqual({ model: emptyModel(), stale: true, replayed: 0, notices: [] });
  });

  it('a checkpoint at the end of the history: nothing replayed, not worth writing', () => {
    const line = pull('a');
    const m = withHistory([line], line.length + 1, ['a']);
    expect(summary(load(m))).toEqual({ pulled: ['a'], historyBytes: line.length + 1, stale: false, replayed: 0, notices: [] });
  });

  it('history after the checkpoint: replayed from there, worth writing', () => {
    const first = pull('a');
    const second = pull('b');
    const m = withHistory([first, second], first.length + 1, ['a']);
    expect(summary(load(m))).toEqual({ pulled: ['a', 'b'], historyBytes: first.length + second.length + 2, stale: true, replayed: second.length + 1, notices: [] });
  });

  it('empty and blank lines after the checkpoint move it on without a notice', () => {
    const m = withHistory([pull('a'), '', '  \t'], 0);
    const r = load(m);
    expect(summary(r)).toEqual({ pulled: ['a'], historyBytes: m.files.history.length, stale: true, replayed: m.files.history.length, notices: [] });
  });

  it('a read cache further along than the checkpoint is used instead, and replay starts after it', () => {
    const [a, b, c] = [pull('a'), pull('b'), pull('c')];
    const m = withHistory([a, b, c], a.length + 1, ['a']);
    const cacheAt = a.length + b.length + 2;
    m.readCache.write({ ...doc(cacheAt, ['a', 'b', 'cached']), fingerprint: m.history.fingerprint(cacheAt) });
    expect(summary(load(m))).toEqual({ pulled: ['a', 'b', 'cached', 'c'], historyBytes: cacheAt + c.length + 1, stale: true, replayed: c.length + 1, notices: [] });
  });

  it('a read cache no further along than the checkpoint is not used', () => {
    const a = pull('a');
    const m = withHistory([a], a.length + 1, ['a']);
    m.readCache.write({ ...doc(a.length + 1, ['cached']), fingerprint: m.history.fingerprint(a.length + 1) });
    expect(summary(load(m))).toEqual({ pulled: ['a'], historyBytes: a.length + 1, stale: false, replayed: 0, notices: [] });
  });

  it('without a checkpoint, a read cache even at byte 0 is where it starts', () => {
    const a = pull('a');
    const m = withHistory([a]);
    m.readCache.write({ ...doc(0, ['cached']), fingerprint: fingerprintOf(Buffer.alloc(0)) });
    expect(summary(load(m))).toEqual({ pulled: ['cached', 'a'], historyBytes: a.length + 1, stale: true, replayed: a.length + 1, notices: [] });
  });
});

describe('loadModel: a checkpoint that cannot be used', () => {
  it.each(['EACCES', 'EPERM', 'EIO', 'EMFILE', 'ENFILE'])('reading it fails with %s: an error, not a rebuild', (code) => {
    const m = memoryStorage();
    m.state.read = () => {
      throw errno(code);
    };
    expect(() => load(m)).toThrow(DrillbitError);
    expect(() => load(m)).toThrow(/^cannot read memory:state\.json: /);
  });

  it('reading it fails with another error: rebuilt from the history, the error said', () => {
    const m = withHistory([pull('a')]);
    m.state.read = () => {
      throw errno('EBUSY');
    };
    expect(summary(load(m))).toEqual({
      pulled: ['a'], historyBytes: m.files.history.length, stale: true, replayed: m.files.history.length,
      notices: ['memory:state.json could not be read (EBUSY: failed); using card states rebuilt from the review history (the next review session sets the damaged file aside)'],
    });
  });

  it('not an object: the reason names the document', () => {
    const m = memoryStorage();
    m.files.state = '5';
    expect(load(m).notices).toEqual([
      'memory:state.json could not be read (document: Invalid input: expected object, received number); using card states rebuilt from the review history (the next review session sets the damaged file aside)',
    ]);
  });

  it('a field of the wrong type: the reason names the field', () => {
    const m = memoryStorage();
    m.files.state = JSON.stringify({ ...doc(0), pulled: [1] });
    expect(load(m).notices).toEqual([
      'memory:state.json could not be read (pulled.0: Invalid input: expected string, received number); using card states rebuilt from the review history (the next review session sets the damaged file aside)',
    ]);
  });

  it('when writing, the damaged file is set aside and where it went is said', () => {
    const m = memoryStorage();
    m.files.state = '{"schemaVersion":';
    const r = load(m, true);
    expect(r.notices).toEqual([
      `memory:state.json could not be read (it is not valid JSON); rebuilt the card states from the review history, the damaged file is kept as memory:state.json.damaged-${STAMP}`,
    ]);
    expect(m.files).toMatchObject({ state: null, aside: { [`memory:state.json.damaged-${STAMP}`]: '{"schemaVersion":' } });
  });

  it('when it cannot be set aside: one error line', () => {
    const m = memoryStorage();
    m.files.state = 'x';
    m.state.setAside = () => {
      throw errno('EROFS');
    };
    expect(() => load(m, true)).toThrow(
      'cannot move aside the damaged memory:state.json: the file system is read-only; set DRILLBIT_HOME to a writable folder (reviews already saved are kept)',
    );
  });

  it('a checkpoint ahead of an empty history: the empty model, worth writing', () => {
    const m = withHistory([], 5, ['stale']);
    expect(summary(load(m))).toEqual({
      pulled: [], historyBytes: 0, stale: true, replayed: 0,
      notices: ['memory:state.json is ahead of memory:history.jsonl; rebuilt the card states from the history'],
    });
  });

  it('a checkpoint ahead of the history is dropped and the history replayed from the start', () => {
    const a = pull('a');
    const m = withHistory([a], a.length + 5, ['stale']);
    expect(summary(load(m))).toEqual({
      pulled: ['a'], historyBytes: a.length + 1, stale: true, replayed: a.length + 1,
      notices: ['memory:state.json is ahead of memory:history.jsonl; rebuilt the card states from the history'],
    });
  });
});

describe('loadModel: a history that cannot be read', () => {
  it('its size cannot be had: one error line naming the log', () => {
    const m = memoryStorage();
    m.history.size = () => {
      throw errno('EIO');
    };
    expect(() => load(m)).toThrow('cannot read memory:history.jsonl: the disk reported an input/output error; check the disk (reviews already saved are kept)');
  });

  it('scanning it fails: a file-system error becomes one line, a DrillbitError is passed on as it is', () => {
    const m = memoryStorage();
    m.history.scan = () => {
      throw errno('EISDIR');
    };
    expect(() => load(m)).toThrow('cannot read memory:history.jsonl: a folder is in the way of the file; move it away (drillbit keeps its data in files there) (reviews already saved are kept)');
    const own = new DrillbitError('as it was');
    m.history.scan = () => {
      throw own;
    };
    expect(() => load(m)).toThrow(own);
  });

  it('counts lines that are not records: JSON of no known type and text that is not JSON', () => {
    const m = withHistory(['{"v":1,"type":"nonsense"}', 'not json', pull('a')]);
    const r = load(m);
    expect([r.model.pulled, r.notices]).toEqual([['a'], ['memory:history.jsonl: skipped 2 unreadable lines']]);
  });

  it('a torn tail, read only: skipped and said, nothing changed', () => {
    const m = withHistory([pull('a')]);
    const whole = m.files.history;
    m.files.history += '{"v":1,"ty';
    const r = load(m);
    expect(r.notices).toEqual(['memory:history.jsonl ends with a torn line (10 bytes of an unfinished write); skipped it']);
    expect([r.model.historyBytes, r.model.pulled, m.files.history]).toEqual([whole.length, ['a'], `${whole}{"v":1,"ty`]);
  });

  it('a torn tail, when writing: cut off, a copy kept and said', () => {
    const m = withHistory([pull('a')]);
    const whole = m.files.history;
    m.files.history += 'é';
    expect(load(m, true).notices).toEqual([
      `memory:history.jsonl ended with a torn line (2 bytes of an unfinished write); skipped it, a copy is kept as memory:history.jsonl.torn-${STAMP}`,
    ]);
    expect(m.files).toMatchObject({ history: whole, aside: { [`memory:history.jsonl.torn-${STAMP}`]: 'é' } });
  });

  it('a torn tail whose size the scan does not give is measured in bytes', () => {
    const m = memoryStorage();
    m.history.scan = (): HistoryScan => ({ end: 0, torn: 'éé' });
    expect(load(m).notices).toEqual(['memory:history.jsonl ends with a torn line (4 bytes of an unfinished write); skipped it']);
  });

  it('a torn tail that cannot be cut: one error line', () => {
    const m = withHistory([]);
    m.files.history = 'x';
    m.history.cutTail = () => {
      throw errno('ENOSPC');
    };
    expect(() => load(m, true)).toThrow('cannot repair memory:history.jsonl: the disk is full; free some space (reviews already saved are kept)');
  });
});
