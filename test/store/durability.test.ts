/**
 * The durability promise of the history log: when append returns, the line
 * was written and fdatasync'd on the same file, and a newly created log's
 * directory entry was fsync'd too. Observed through the fs calls themselves,
 * since a crash that would show the difference cannot be staged in a test.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileStorage } from '../../src/store/file-storage.js';
import { tempDir } from '../helpers/temp-dir.js';

const calls: string[] = [];

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const fdName = new Map<number, string>();
  const name = (fd: number): string => fdName.get(fd) ?? `fd${fd}`;
  return {
    ...real,
    openSync: (path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
      const fd = real.openSync(path, flags ?? "r", mode);
      fdName.set(fd, String(path).endsWith('history.jsonl') ? 'log' : 'other');
      if (!String(path).includes('.')) fdName.set(fd, 'dir');
      calls.push(`open ${name(fd)}`);
      return fd;
    },
    writeSync: (fd: number, ...rest: unknown[]) => {
      calls.push(`write ${name(fd)}`);
      return (real.writeSync as (...a: unknown[]) => number)(fd, ...rest);
    },
    fdatasyncSync: (fd: number) => {
      calls.push(`fdatasync ${name(fd)}`);
      real.fdatasyncSync(fd);
    },
    closeSync: (fd: number) => {
      calls.push(`close ${name(fd)}`);
      real.closeSync(fd);
    },
    fsyncSync: (fd: number) => {
      calls.push(`fsync ${name(fd)}`);
      real.fsyncSync(fd);
    },
  };
});

beforeEach(() => {
  calls.length = 0;
});

describe('history append durability', () => {
  it('creating the log fsyncs its folder; each append writes then fdatasyncs the log before returning', () => {
    const dir = tempDir('drillbit-durable-');
    const history = fileStorage(dir).history;
    history.append('{"n":1}', 0);
    history.append('{"n":2}', 8);
    history.close();
    const relevant = calls.filter((c) => c.endsWith('log') || c.endsWith('dir'));
    // The log is opened once for the session, not per append.
    expect(relevant).toEqual(['open log', 'open dir', 'fsync dir', 'close dir', 'write log', 'fdatasync log', 'write log', 'fdatasync log', 'close log']);
    expect(fs.readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe('{"n":1}\n{"n":2}\n');
  });

  it('appending to a log that exists does not fsync the folder again', () => {
    const dir = tempDir('drillbit-durable-');
    fs.writeFileSync(join(dir, 'history.jsonl'), '{"n":0}\n');
    const history = fileStorage(dir).history;
    history.append('{"n":1}', 8);
    history.close();
    expect(calls.filter((c) => c.endsWith('log') || c.endsWith('dir'))).toEqual(['open log', 'write log', 'fdatasync log', 'close log']);
  });

  it('cutting a torn tail fsyncs the log before it returns', () => {
    const dir = tempDir('drillbit-durable-');
    fs.writeFileSync(join(dir, 'history.jsonl'), '{"n":0}\n{"n"');
    const history = fileStorage(dir).history;
    history.cutTail(8, 'S');
    history.close();
    expect(calls.filter((c) => c.endsWith('log'))).toEqual(['open log', 'fsync log', 'close log']);
    expect(fs.readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe('{"n":0}\n');
  });

  it('a scan of the log closes what it opened', () => {
    const dir = tempDir('drillbit-durable-');
    fs.writeFileSync(join(dir, 'history.jsonl'), '{"n":0}\n');
    fileStorage(dir).history.scan(0, () => {});
    expect(calls.filter((c) => c.endsWith('log'))).toEqual(['open log', 'close log']);
  });
});
