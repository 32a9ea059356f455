/**
 * The data directory on disk:
 *
 *   state.json        lowdb JSON file: checkpoint of card states, day tallies, pulled-forward list
 *   history.jsonl     append-only review history, one JSON record per line, fsync'd per record
 *   lock/pid          present while a session writes (proper-lockfile)
 *   settings.json     optional scheduler settings
 *   *.damaged-<time>  a state file that could not be read, kept aside
 *   *.torn-<time>     a torn last history line, kept aside
 */
import { closeSync, existsSync, fdatasyncSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileSync } from 'lowdb/node';
import { fileLock } from './file-lock.js';
import { ioError } from './io-error.js';
import type { HistoryLog, HistoryScan, StateFile, Storage } from './storage.js';

const CHUNK = 1 << 20;

/** Makes the data directory (user-only permissions) if it does not exist. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw ioError(error, 'create the data directory', dir);
  }
}

function stateFile(path: string): StateFile {
  const adapter = new DataFileSync<unknown>(path, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) });
  return {
    path,
    read: () => adapter.read(),
    write: (doc) => adapter.write(doc),
    setAside: (stamp) => {
      const to = `${path}.damaged-${stamp}`;
      renameSync(path, to);
      return to;
    },
  };
}

function scanFile(path: string, from: number, onLine: (line: string, end: number) => void): HistoryScan {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { end: 0 };
    throw error;
  }
  try {
    let pos = from;
    let carry = Buffer.alloc(0);
    const buf = Buffer.alloc(CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      const data = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      const base = pos - carry.length;
      let start = 0;
      for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, start)) {
        onLine(data.subarray(start, i).toString('utf8'), base + i + 1);
        start = i + 1;
      }
      carry = Buffer.from(data.subarray(start));
      pos += n;
    }
    return { end: pos - carry.length, torn: carry.length ? carry.toString('utf8') : undefined };
  } finally {
    closeSync(fd);
  }
}

function historyLog(dir: string): HistoryLog {
  const path = join(dir, 'history.jsonl');
  let fd: number | undefined;
  const open = (): number => {
    if (fd !== undefined) return fd;
    const created = !existsSync(path);
    fd = openSync(path, 'a', 0o600);
    if (created) {
      // The new file's directory entry must be durable too.
      const dfd = openSync(dir, 'r');
      try {
        fsyncSync(dfd);
      } finally {
        closeSync(dfd);
      }
    }
    return fd;
  };
  return {
    path,
    size: () => {
      try {
        return statSync(path).size;
      } catch {
        return 0;
      }
    },
    scan: (from, onLine) => scanFile(path, from, onLine),
    append: (line) => {
      const f = open();
      writeSync(f, `${line}\n`);
      fdatasyncSync(f);
    },
    appendMany: (lines) => {
      if (!lines.length) return;
      const f = open();
      const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''));
      for (let at = 0; at < bytes.length; ) at += writeSync(f, bytes, at);
      fdatasyncSync(f);
    },
    cutTail: (end, stamp) => {
      const to = `${path}.torn-${stamp}`;
      const all = readFileSync(path);
      writeFileSync(to, all.subarray(end), { mode: 0o600 });
      const f = open();
      ftruncateSync(f, end);
      fsyncSync(f);
      return to;
    },
    close: () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/** The data directory `dir` as storage. Nothing is created until something is written. */
export function fileStorage(dir: string): Storage {
  return {
    location: dir,
    state: stateFile(join(dir, 'state.json')),
    history: historyLog(dir),
    lock: fileLock(dir),
    readSettings: () => {
      try {
        return JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw ioError(error, 'read', join(dir, 'settings.json'));
      }
    },
  };
}
