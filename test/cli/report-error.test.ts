import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError } from '../../src/cli/report-error.js';
import { DrillbitError, UsageError } from '../../src/core/errors.js';

const errno = (code: string, syscall: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

describe('reportError', () => {
  let written = '';
  afterEach(() => vi.restoreAllMocks());
  const capture = (): void => {
    written = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  };

  it('prints a user error as one prefixed line per problem and returns its exit code', () => {
    capture();
    expect(reportError(new DrillbitError('first\nsecond'))).toBe(1);
    expect(written).toBe('drillbit: first\ndrillbit: second\n');
  });

  it('usage errors exit 2', () => {
    capture();
    expect(reportError(new UsageError('bad flag'))).toBe(2);
    expect(written).toBe('drillbit: bad flag\n');
  });

  it.each([
    ['EACCES', 'mkdir', '/data/drafts', 'drillbit: cannot write /data/drafts: permission denied;'],
    ['EROFS', 'open', '/data/state.json', 'drillbit: cannot write /data/state.json: the file system is read-only;'],
    ['ENOSPC', 'write', '/data/history.jsonl', 'drillbit: cannot write /data/history.jsonl: the disk is full;'],
  ])('a stray %s becomes one line about the data directory, exit 1', (code, syscall, path, start) => {
    capture();
    expect(reportError(errno(code, syscall, path))).toBe(1);
    expect(written.startsWith(start)).toBe(true);
    expect(written.split('\n')).toHaveLength(2);
    expect(written).not.toContain('internal error');
  });

  it('anything else is an internal error without a stack trace', () => {
    capture();
    expect(reportError(new TypeError('x is undefined'))).toBe(70);
    expect(written).toBe('drillbit: internal error: x is undefined (set DRILLBIT_DEBUG=1 for details, and please report it)\n');
  });
});
