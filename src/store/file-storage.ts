/**
 * The data directory on disk:
 *
 *   state.json        lowdb JSON file: checkpoint of card states, day tallies, pulled-forward list
 *   history.jsonl     append-only review history, one JSON record per line, fsync'd per record
 *   lock/{pid,host}   present while a session writes (see file-lock.ts)
 *   settings.json     optional scheduler settings
 *   read-cache.json   a checkpoint written by read-only commands (see read-cache.ts)
 *   *.damaged-<time>  a state file that could not be read, kept aside
 *   *.torn-<time>     a torn last history line, kept aside
 */
import * as fs from 'node:fs';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileSync } from 'lowdb/node';
import { DrillbitError } from '../core/errors.js';
import { fileLock } from './file-lock.js';
import { ioError } from './io-error.js';
import { fileFingerprint, readCacheFile } from './read-cache.js';
import { jsonErrorWhere, parseSettings, SettingsError } from './settings-file.js';
import type { HistoryLog, HistoryScan, StateFile, Storage } from './storage.js';
import { writeAll, type WriteIo } from './write-all.js';

/** The calls the history log makes to write; tests inject short writes and failures. */
export interface HistoryIo extends WriteIo {
  fdatasyncSync(fd: number): void;
  ftruncateSync(fd: number, len: number): void;
  fstatSync(fd: number): { size: number };
}

const CHUNK = 1 << 20;

/** Makes the data directory (user-only permissions) if it does not exist. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw ioError(error, 'create the data directory', dir);
  }
}

/** Throws a one-line error when `dir` exists but is not a folder (DRILLBIT_HOME set to a file). */
export function checkIsFolder(dir: string): void {
  let isDir = true;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // Absent (made on first write) or unreadable (reported by the first read).
  }
  if (!isDir) throw new DrillbitError(`the data directory ${dir} is a file, not a folder; set DRILLBIT_HOME to a folder, or move the file away`);
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
    return { end: pos - carry.length, torn: carry.length ? carry.toString('utf8') : undefined, tornBytes: carry.length || undefined };
  } finally {
    closeSync(fd);
  }
}

/** Size of the log; ENOENT is an empty log, anything but a regular file an EISDIR-like error. */
function logSize(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: stat.isDirectory() ? 'EISDIR' : 'ENOTFILE', path });
  return stat.size;
}

function historyLog(dir: string, io: HistoryIo): HistoryLog {
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
  /** Writes `text` at byte `at` (the log's size), every byte and fsync'd, or nothing at all. */
  const appendText = (text: string, at: number): void => {
    const f = open();
    const size = io.fstatSync(f).size;
    if (size !== at) {
      throw new DrillbitError(`${path} was written by another process while this session held the lock (${size} bytes, expected ${at}); this session stops writing so that no review is lost or counted twice — close the other session and review again`);
    }
    try {
      writeAll(f, text, io);
      io.fdatasyncSync(f);
    } catch (error) {
      // Never leave half a record behind: cut the log back to where this write began.
      try {
        io.ftruncateSync(f, at);
        io.fdatasyncSync(f);
      } catch {
        // The next open finds the torn line, keeps a copy and cuts it.
      }
      throw error;
    }
  };
  return {
    path,
    size: () => logSize(path),
    scan: (from, onLine) => scanFile(path, from, onLine),
    fingerprint: (end) => fileFingerprint(path, end),
    append: (line, at) => appendText(`${line}\n`, at),
    appendMany: (lines, at) => {
      if (lines.length) appendText(lines.map((l) => `${l}\n`).join(''), at);
    },
    cutTail: (end, stamp) => {
      const to = `${path}.torn-${stamp}`;
      const all = readFileSync(path);
      writeFileSync(to, all.subarray(end), { mode: 0o600 });
      const f = open();
      io.ftruncateSync(f, end);
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
export function fileStorage(dir: string, io: HistoryIo = fs): Storage {
  return {
    location: dir,
    state: stateFile(join(dir, 'state.json')),
    history: historyLog(dir, io),
    lock: fileLock(dir),
    readCache: readCacheFile(join(dir, 'read-cache.json')),
    readSettings: () => {
      const file = join(dir, 'settings.json');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw ioError(error, 'read', file);
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new SettingsError(jsonErrorWhere(file, text, error as Error), 'not valid JSON');
      }
      parseSettings(raw, file, text);
      return raw;
    },
  };
}
