import { DrillbitError } from '../core/errors.js';
import { fingerprintOf } from './read-cache.js';
import type { HistoryLog, StateFile, Storage, WriterLock } from './storage.js';

/** In-memory storage for tests: same contract as the data directory, nothing on disk. */
export interface MemoryStorage extends Storage {
  /** The raw bytes, for tests to inspect or damage. */
  files: { state: string | null; history: string; aside: Record<string, string>; readCache: string | null };
  locked: boolean;
  settings: unknown;
}

export function memoryStorage(): MemoryStorage {
  const files: MemoryStorage['files'] = { state: null, history: '', aside: {}, readCache: null };
  const state: StateFile = {
    path: 'memory:state.json',
    read: () => (files.state === null ? null : JSON.parse(files.state)),
    write: (doc) => {
      files.state = JSON.stringify(doc);
    },
    setAside: (stamp) => {
      const to = `memory:state.json.damaged-${stamp}`;
      files.aside[to] = files.state ?? '';
      files.state = null;
      return to;
    },
  };
  const history: HistoryLog = {
    path: 'memory:history.jsonl',
    size: () => Buffer.byteLength(files.history),
    scan: (from, onLine) => {
      const buf = Buffer.from(files.history).subarray(from);
      let start = 0;
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, start)) {
        onLine(buf.subarray(start, i).toString('utf8'), from + i + 1);
        start = i + 1;
      }
      return { end: from + start, torn: start < buf.length ? buf.subarray(start).toString('utf8') : undefined, tornBytes: buf.length - start || undefined };
    },
    append: (line, at) => {
      if (Buffer.byteLength(files.history) !== at) throw new DrillbitError(`memory:history.jsonl was written by another process (expected ${at} bytes)`);
      files.history += `${line}\n`;
    },
    fingerprint: (end) => fingerprintOf(Buffer.from(files.history).subarray(Math.max(0, end - 512), end)),
    appendMany: (lines, at) => {
      if (Buffer.byteLength(files.history) !== at) throw new DrillbitError(`memory:history.jsonl was written by another process (expected ${at} bytes)`);
      for (const line of lines) files.history += `${line}\n`;
    },
    cutTail: (end, stamp) => {
      const buf = Buffer.from(files.history);
      const to = `memory:history.jsonl.torn-${stamp}`;
      files.aside[to] = buf.subarray(end).toString('utf8');
      files.history = buf.subarray(0, end).toString('utf8');
      return to;
    },
    close: () => {},
  };
  const mem: MemoryStorage = {
    location: 'memory:',
    files,
    locked: false,
    settings: null,
    state,
    history,
    lock: {
      acquire: () => {
        if (mem.locked) throw new DrillbitError(`another drillbit session (pid ${process.pid}) is using memory:; finish it first`);
        mem.locked = true;
      },
      verify: () => {
        if (!mem.locked) throw new DrillbitError('this session lost its lock on memory:');
      },
      release: () => {
        mem.locked = false;
      },
    } satisfies WriterLock,
    readCache: {
      path: 'memory:read-cache.json',
      read: () => (files.readCache === null ? null : JSON.parse(files.readCache)),
      write: (doc) => {
        files.readCache = JSON.stringify(doc);
      },
    },
    readSettings: () => mem.settings,
  };
  return mem;
}
