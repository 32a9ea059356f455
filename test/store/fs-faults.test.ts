/**
 * The store's writers when a file-system call fails half-way: a full disk on
 * write, an fsync error, a read-only file system, a lock taken over by
 * someone else at the worst moment. Calls into node:fs pass through to the
 * real file system unless a test's `fault` replaces one of them.
 */
import * as fs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeBytesAtomic } from '../../src/store/anki/write-atomic.js';
import { writeFileAtomic } from '../../src/store/atomic-file.js';
import { fileLock } from '../../src/store/file-lock.js';
import { tempDir } from '../helpers/temp-dir.js';

type Call = (...args: never[]) => unknown;
const state = vi.hoisted(() => ({
  /** Returns a replacement for the call named `name` with `args`, or undefined to let it through. */
  fault: undefined as undefined | ((name: string, args: unknown[], real: Record<string, Call>) => (() => unknown) | undefined),
}));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<Record<string, Call>>();
  const wrap = (name: string) => (...args: unknown[]) => {
    const replacement = state.fault?.(name, args, real);
    return replacement ? replacement() : (real[name] as (...a: unknown[]) => unknown)(...args);
  };
  const names = ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'writeFileSync', 'statSync'];
  return { ...real, ...Object.fromEntries(names.map((n) => [n, wrap(n)])) };
});

afterEach(() => {
  state.fault = undefined;
});

const errno = (code: string): Error => Object.assign(new Error(`${code}: failed`), { code });

/** Makes the `nth` call named `name` (whose first argument matches `on`, if given) throw `error`. */
function failNth(name: string, nth: number, error: Error, on?: (arg: unknown) => boolean): void {
  let n = 0;
  state.fault = (call, args) => {
    if (call !== name || (on && !on(args[0]))) return undefined;
    n++;
    return n === nth
      ? () => {
          throw error;
        }
      : undefined;
  };
}

/** Records the calls on the temp file, the file and its folder, by name. */
function trace(dir: string, file: string): string[] {
  const calls: string[] = [];
  const fds = new Map<unknown, string>();
  const name = (p: unknown): string => (p === dir ? 'dir' : p === file ? 'file' : String(p).startsWith(`${file}.`) ? 'temp' : String(p));
  state.fault = (call, args, real) => {
    if (call === 'openSync') {
      return () => {
        const fd = real['openSync']!(...(args as never[]));
        fds.set(fd, name(args[0]));
        calls.push(`open ${name(args[0])} ${args[1]}`);
        return fd;
      };
    }
    if (call === 'renameSync') calls.push(`rename ${name(args[0])} ${name(args[1])}`);
    else if (fds.has(args[0])) calls.push(`${call.replace(/Sync$/, '')} ${fds.get(args[0])}`);
    return undefined;
  };
  return calls;
}

describe('writeFileAtomic when the disk fails', () => {
  it('writes a temp file, fsyncs and closes it, renames it over the file, then fsyncs the folder', () => {
    const dir = tempDir();
    const file = join(dir, 'f.json');
    const calls = trace(dir, file);
    writeFileAtomic(file, 'new');
    state.fault = undefined;
    expect(calls).toEqual(['open temp w', 'write temp', 'fsync temp', 'close temp', 'rename temp file', 'open dir r', 'fsync dir', 'close dir']);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['a write', 'writeSync', 'ENOSPC'],
    ['the fsync', 'fsyncSync', 'EIO'],
  ])('%s failing: the old file stays whole, no temp file is left, and the error is thrown', (_label, call, code) => {
    const dir = tempDir();
    const file = join(dir, 'f.json');
    writeFileAtomic(file, 'old');
    const error = errno(code);
    failNth(call, 1, error);
    expect(() => writeFileAtomic(file, 'new')).toThrow(error);
    state.fault = undefined;
    expect(fs.readdirSync(dir)).toEqual(['f.json']);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
  });

  it('a write failing: the temp file is closed before it is removed, and nothing is renamed', () => {
    const dir = tempDir();
    const file = join(dir, 'f.json');
    const calls = trace(dir, file);
    const traced = state.fault!;
    state.fault = (call, args, real) =>
      call === 'writeSync'
        ? () => {
            calls.push('write temp');
            throw errno('ENOSPC');
          }
        : traced(call, args, real);
    expect(() => writeFileAtomic(file, 'new')).toThrow('ENOSPC: failed');
    state.fault = undefined;
    expect(calls).toEqual(['open temp w', 'write temp', 'close temp']);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('writes every byte through short writes', () => {
    const dir = tempDir();
    state.fault = (call, args, real) => (call === 'writeSync' ? () => real['writeSync']!(...(args.slice(0, 3) as never[]), Math.min(args[3] as number, 2) as never) : undefined);
    writeFileAtomic(join(dir, 'f'), 'abcdefg');
    state.fault = undefined;
    expect(fs.readFileSync(join(dir, 'f'), 'utf8')).toBe('abcdefg');
  });

  it('a folder that refuses fsync is no error: the file is replaced', () => {
    const dir = tempDir();
    const file = join(dir, 'f');
    failNth('fsyncSync', 2, errno('EINVAL'));
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
  });

  it('a folder that cannot be opened is no error either', () => {
    const dir = tempDir();
    const file = join(dir, 'f');
    failNth('openSync', 1, errno('EACCES'), (p) => p === dir);
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
  });

  it('a folder where the file should be: the rename fails, and the temp file does not stay behind', () => {
    const dir = tempDir();
    const file = join(dir, 'f');
    fs.mkdirSync(join(file, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(file, 'new')).toThrow(expect.objectContaining({ syscall: 'rename' }));
    expect(fs.readdirSync(dir)).toEqual(['f']);
  });
});

describe('writeBytesAtomic when the disk fails', () => {
  it('writes a temp file, fsyncs and closes it, then renames it over the file', () => {
    const dir = tempDir();
    const file = join(dir, 'out.apkg');
    const calls = trace(dir, file);
    writeBytesAtomic(file, Uint8Array.of(1, 2));
    state.fault = undefined;
    expect(calls).toEqual(['open temp w', 'write temp', 'fsync temp', 'close temp', 'rename temp file']);
    expect(fs.statSync(file).mode & 0o777).toBe(0o644);
  });

  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'the disk is full'],
    ['EIO', 'EIO'],
  ])('opening fails with %s: one line saying why', (code, reason) => {
    const dir = tempDir();
    const path = join(dir, 'out.apkg');
    failNth('openSync', 1, errno(code));
    expect(() => writeBytesAtomic(path, Uint8Array.of(1))).toThrow(`cannot write ${path}: ${reason}; choose a path in a folder you can write to`);
  });

  it('an error without a code is told by its message', () => {
    const dir = tempDir();
    const path = join(dir, 'out.apkg');
    failNth('writeSync', 1, new Error('boom'));
    expect(() => writeBytesAtomic(path, Uint8Array.of(1))).toThrow(`cannot write ${path}: boom; choose a path in a folder you can write to`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('an fsync that fails leaves the old file whole and no temp file', () => {
    const dir = tempDir();
    const path = join(dir, 'out.apkg');
    writeBytesAtomic(path, Uint8Array.of(9));
    failNth('fsyncSync', 1, errno('EIO'));
    expect(() => writeBytesAtomic(path, Uint8Array.of(1, 2))).toThrow(`cannot write ${path}: EIO;`);
    state.fault = undefined;
    expect(fs.readdirSync(dir)).toEqual(['out.apkg']);
    expect([...fs.readFileSync(path)]).toEqual([9]);
  });

  it('writes every byte through short writes, and closes the file', () => {
    const dir = tempDir();
    const path = join(dir, 'out.apkg');
    const calls: string[] = [];
    state.fault = (call, args, real) => {
      if (call === 'closeSync') calls.push('close');
      if (call !== 'writeSync') return undefined;
      calls.push(`write ${args[2]}`);
      // At most two bytes at a time, from the offset asked for.
      const [fd, buf, off] = args as [number, Uint8Array, number];
      return () => real['writeSync']!(...([fd, buf, off, Math.min(2, buf.length - off)] as never[]));
    };
    writeBytesAtomic(path, Uint8Array.of(1, 2, 3, 4, 5));
    state.fault = undefined;
    expect(calls).toEqual(['write 0', 'write 2', 'write 4', 'close']);
    expect([...fs.readFileSync(path)]).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('the writer lock when the file system fails or races', () => {
  it('writing the pid fails: the half-made lock folder is removed and the cause is one line', () => {
    const dir = tempDir();
    failNth('writeFileSync', 1, errno('ENOSPC'), (p) => String(p).endsWith(join('lock', 'pid')));
    expect(() => fileLock(dir).acquire()).toThrow(`cannot lock ${dir}: the disk is full; free some space (reviews already saved are kept)`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a lock that goes away between finding it and reading its holder is simply taken', () => {
    const dir = tempDir();
    const lock = join(dir, 'lock');
    fs.mkdirSync(lock);
    fs.writeFileSync(join(lock, 'pid'), '4242');
    state.fault = (call, args) => {
      if (call !== 'statSync' || args[0] !== lock) return undefined;
      state.fault = undefined;
      // Its holder releases it just now.
      fs.rmSync(lock, { recursive: true });
      return undefined;
    };
    const taken = fileLock(dir);
    taken.acquire();
    expect(fs.readFileSync(join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
    taken.release();
  });

  /** An abandoned lock (a holder on this host that no longer runs), as `acquire` finds it. */
  function abandonedLock(dir: string): string {
    const lock = join(dir, 'lock');
    fs.mkdirSync(lock);
    fs.writeFileSync(join(lock, 'pid'), String(2 ** 22 + 1));
    fs.writeFileSync(join(lock, 'host'), hostname());
    return lock;
  }

  /** Runs `meanwhile` just before the abandoned lock is moved aside (another session acting at that moment). */
  function beforeMoveAside(lock: string, meanwhile: () => void): void {
    state.fault = (call, args) => {
      if (call !== 'renameSync' || args[0] !== lock) return undefined;
      state.fault = undefined;
      meanwhile();
      return undefined;
    };
  }

  it('a lock replaced between judging it abandoned and moving it aside is put back, and the new holder keeps it', () => {
    const dir = tempDir();
    const lock = abandonedLock(dir);
    beforeMoveAside(lock, () => fs.writeFileSync(join(lock, 'pid'), '4242'));
    expect(() => fileLock(dir).acquire()).toThrow(`another drillbit session (pid 4242) is using ${dir}`);
    expect(fs.readdirSync(dir)).toEqual(['lock']);
    expect(fs.readFileSync(join(lock, 'pid'), 'utf8')).toBe('4242');
  });

  it('a lock replaced by another host is put back too', () => {
    const dir = tempDir();
    const lock = abandonedLock(dir);
    beforeMoveAside(lock, () => fs.writeFileSync(join(lock, 'host'), 'elsewhere.example'));
    expect(() => fileLock(dir).acquire()).toThrow(`another drillbit session (pid ${2 ** 22 + 1}) is using ${dir}`);
    expect(fs.readFileSync(join(lock, 'host'), 'utf8')).toBe('elsewhere.example');
  });

  it('when a third session makes a new lock while the moved one goes back, the new one stands and the moved one stays aside', () => {
    const dir = tempDir();
    const lock = abandonedLock(dir);
    state.fault = (call, args) => {
      if (call !== 'renameSync') return undefined;
      if (args[0] === lock) fs.writeFileSync(join(lock, 'pid'), '4242');
      else {
        state.fault = undefined;
        fs.mkdirSync(lock);
        fs.writeFileSync(join(lock, 'pid'), '5555');
      }
      return undefined;
    };
    expect(() => fileLock(dir).acquire()).toThrow(`another drillbit session (pid 5555) is using ${dir}`);
    const aside = fs.readdirSync(dir).filter((f) => f !== 'lock');
    expect(aside).toEqual([expect.stringMatching(new RegExp(`^lock\\.abandoned-${process.pid}-\\d+$`))]);
    expect(fs.readFileSync(join(dir, aside[0]!, 'pid'), 'utf8')).toBe('4242');
  });
});
