/**
 * The data directory when the file system says no: a file where a folder
 * should be, a folder or a FIFO where the log should be, a write or an fsync
 * that fails half-way (injected through HistoryIo, as the store allows).
 */
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIsFolder, ensureDir, fileStorage, type HistoryIo } from '../../src/store/file-storage.js';
import { writeAll } from '../../src/store/write-all.js';
import { tempDir } from '../helpers/temp-dir.js';

const eio = (): Error => Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });

/** A data directory whose log already holds `text`. */
function logWith(text: string): { dir: string; file: string } {
  const dir = tempDir('drillbit-faults-');
  fs.writeFileSync(join(dir, 'history.jsonl'), text);
  return { dir, file: join(dir, 'history.jsonl') };
}

/** fs with the history calls recorded, and `fail` deciding which of them throws. */
function faultyIo(fail: (call: string, n: number) => Error | undefined): HistoryIo & { calls: string[] } {
  const calls: string[] = [];
  const count = new Map<string, number>();
  const hit = (call: string): void => {
    const n = (count.get(call) ?? 0) + 1;
    count.set(call, n);
    calls.push(call);
    const error = fail(call, n);
    if (error) throw error;
  };
  return {
    calls,
    writeSync: (fd, buf, off, len) => {
      hit('write');
      return fs.writeSync(fd, buf, off, len);
    },
    fdatasyncSync: (fd) => {
      hit('fdatasync');
      fs.fdatasyncSync(fd);
    },
    ftruncateSync: (fd, len) => {
      hit(`ftruncate ${len}`);
      fs.ftruncateSync(fd, len);
    },
    fstatSync: (fd) => fs.fstatSync(fd),
  };
}

describe('ensureDir and checkIsFolder', () => {
  it('makes the data directory and its parents, user-only', () => {
    const dir = join(tempDir('drillbit-faults-'), 'a', 'b');
    ensureDir(dir);
    ensureDir(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('a file in the way is one line naming the folder', () => {
    const file = join(tempDir('drillbit-faults-'), 'f');
    fs.writeFileSync(file, '');
    expect(() => ensureDir(join(file, 'data'))).toThrow(
      `cannot create the data directory ${join(file, 'data')}: a file is in the way of the folder; set DRILLBIT_HOME to a folder (reviews already saved are kept)`,
    );
  });

  it('accepts a folder or nothing there yet, and refuses a file', () => {
    const dir = tempDir('drillbit-faults-');
    checkIsFolder(dir);
    checkIsFolder(join(dir, 'missing'));
    fs.writeFileSync(join(dir, 'f'), '');
    // Below a file: unreadable, left for the first read to report.
    checkIsFolder(join(dir, 'f', 'x'));
    expect(() => checkIsFolder(join(dir, 'f'))).toThrow(
      `the data directory ${join(dir, 'f')} is a file, not a folder; set DRILLBIT_HOME to a folder, or move the file away`,
    );
  });
});

describe('the history log when it is not a regular file', () => {
  it('a folder in its place: size says EISDIR with its path', () => {
    const dir = tempDir('drillbit-faults-');
    const file = join(dir, 'history.jsonl');
    fs.mkdirSync(file);
    expect(() => fileStorage(dir).history.size()).toThrow(expect.objectContaining({ code: 'EISDIR', path: file, message: `${file} is not a regular file` }));
  });

  it('a FIFO in its place: size says ENOTFILE', () => {
    const dir = tempDir('drillbit-faults-');
    const file = join(dir, 'history.jsonl');
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    expect(() => fileStorage(dir).history.size()).toThrow(expect.objectContaining({ code: 'ENOTFILE', path: file }));
  });

  it('a data directory that is a file: size and scan fail with ENOTDIR, not as an empty log', () => {
    const file = join(tempDir('drillbit-faults-'), 'f');
    fs.writeFileSync(file, '');
    const history = fileStorage(file).history;
    expect(() => history.size()).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => history.scan(0, () => {})).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it('the log is created user-only', () => {
    const dir = tempDir('drillbit-faults-');
    const history = fileStorage(dir).history;
    history.append('x', 0);
    history.close();
    expect(fs.statSync(join(dir, 'history.jsonl')).mode & 0o777).toBe(0o600);
  });
});

describe('scanning a log larger than one read', () => {
  it('finds every line and its end offset across 1 MiB chunk boundaries, from the start or from any line end', () => {
    const lines = Array.from({ length: 3500 }, (_, i) => `{"n":${i},"pad":"${'é'.repeat(i % 700)}"}`);
    const text = `${lines.join('\n')}\ntorn-tail`;
    const { dir } = logWith(text);
    const ends: number[] = [];
    let at = 0;
    for (const l of lines) ends.push((at += Buffer.byteLength(l) + 1));
    expect(at).toBeGreaterThan(2 * (1 << 20));
    const seen: [string, number][] = [];
    const scan = fileStorage(dir).history.scan(0, (line, end) => seen.push([line, end]));
    expect(seen).toEqual(lines.map((l, i) => [l, ends[i]]));
    expect(scan).toEqual({ end: at, torn: 'torn-tail', tornBytes: 9 });
    const from = ends[1200]!;
    const later: [string, number][] = [];
    fileStorage(dir).history.scan(from, (line, end) => later.push([line, end]));
    expect(later).toEqual(lines.slice(1201).map((l, i) => [l, ends[1201 + i]]));
  });
});

describe('an append that fails half-way', () => {
  it('cuts the log back to where the write began and throws the write error', () => {
    const { dir, file } = logWith('{"n":0}\n');
    const error = eio();
    const io = faultyIo((call, n) => (call === 'write' && n === 2 ? error : undefined));
    const write = io.writeSync;
    // The first write call gets only 3 bytes through, the second fails.
    io.writeSync = (fd, buf, off, len) => write(fd, buf, off, Math.min(len, 3));
    const history = fileStorage(dir, io).history;
    expect(() => history.append('{"n":1}', 8)).toThrow(error);
    history.close();
    expect(io.calls).toEqual(['write', 'write', 'ftruncate 8', 'fdatasync']);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"n":0}\n');
  });

  it('an fdatasync that fails after every byte was written still takes the line back', () => {
    const { dir, file } = logWith('');
    const error = eio();
    const io = faultyIo((call, n) => (call === 'fdatasync' && n === 1 ? error : undefined));
    const history = fileStorage(dir, io).history;
    expect(() => history.appendMany(['a', 'b'], 0)).toThrow(error);
    expect(io.calls).toEqual(['write', 'fdatasync', 'ftruncate 0', 'fdatasync']);
    expect(fs.readFileSync(file, 'utf8')).toBe('');
    // The log is usable again at the same offset.
    history.append('c', 0);
    history.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('c\n');
  });

  it('when cutting back fails too, the first error is the one thrown (the torn line is repaired on the next open)', () => {
    const { dir, file } = logWith('');
    const error = eio();
    const io = faultyIo((call) => (call === 'fdatasync' ? error : call.startsWith('ftruncate') ? new Error('ftruncate failed') : undefined));
    const history = fileStorage(dir, io).history;
    expect(() => history.append('abc', 0)).toThrow(error);
    history.close();
    expect(io.calls).toEqual(['write', 'fdatasync', 'ftruncate 0']);
    expect(fs.readFileSync(file, 'utf8')).toBe('abc\n');
  });

  it('a log grown by someone else is refused before any byte is written, naming both sizes', () => {
    const { dir, file } = logWith('{"n":0}\n');
    const io = faultyIo(() => undefined);
    const history = fileStorage(dir, io).history;
    expect(() => history.append('x', 3)).toThrow(
      `${file} was written by another process while this session held the lock (8 bytes, expected 3); this session stops writing so that no review is lost or counted twice — close the other session and review again`,
    );
    history.close();
    expect(io.calls).toEqual([]);
  });
});

describe('appending nothing', () => {
  it('touches no file: no open, no write, no fsync, no log made', () => {
    const dir = tempDir('drillbit-faults-');
    const io = faultyIo(() => undefined);
    const history = fileStorage(dir, io).history;
    history.appendMany([], 0);
    history.close();
    expect(io.calls).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('writeAll', () => {
  it('writes a string as its UTF-8 bytes and a byte array as it is', () => {
    const dir = tempDir('drillbit-faults-');
    const fd = fs.openSync(join(dir, 'f'), 'w');
    writeAll(fd, 'é→x');
    writeAll(fd, Uint8Array.of(0, 255));
    fs.closeSync(fd);
    expect([...fs.readFileSync(join(dir, 'f'))]).toEqual([...Buffer.from('é→x'), 0, 255]);
  });

  it('a write that makes no progress is ENOSPC from write, as the system would say', () => {
    expect(() => writeAll(0, 'x', { writeSync: () => 0 })).toThrow(
      expect.objectContaining({ code: 'ENOSPC', syscall: 'write', message: 'no space left on device (a write made no progress)' }),
    );
  });
});

describe('cutting a torn tail on disk', () => {
  it('keeps the torn bytes in a user-only copy and truncates the log through the injected io', () => {
    const { dir, file } = logWith('ok\nhalf');
    const io = faultyIo(() => undefined);
    const history = fileStorage(dir, io).history;
    const to = history.cutTail(3, 'S');
    history.close();
    expect(to).toBe(`${file}.torn-S`);
    expect(fs.statSync(to).mode & 0o777).toBe(0o600);
    expect(io.calls).toEqual(['ftruncate 3']);
    expect(fs.readFileSync(file, 'utf8')).toBe('ok\n');
  });
});

describe('fileStorage', () => {
  it('is located at its data directory', () => {
    expect(fileStorage('/some/where').location).toBe('/some/where');
  });
});

describe('settings.json', () => {
  it('is the parsed document as written when it is valid', () => {
    const dir = tempDir('drillbit-faults-');
    fs.writeFileSync(join(dir, 'settings.json'), '{"newPerDay": 4, "dayStartHour": 3}');
    expect(fileStorage(dir).readSettings()).toEqual({ newPerDay: 4, dayStartHour: 3 });
  });

  it('below a file: cannot be read, one line', () => {
    const file = join(tempDir('drillbit-faults-'), 'f');
    fs.writeFileSync(file, '');
    expect(() => fileStorage(file).readSettings()).toThrow(
      `cannot read ${join(file, 'settings.json')}: a file is in the way of the folder; set DRILLBIT_HOME to a folder (reviews already saved are kept)`,
    );
  });
});
