import { DrillbitError } from '../core/errors.js';
import { commandName } from './command-name.js';

/**
 * Prints an error the way every drillbit command does — one line per problem,
 * prefixed `drillbit: `, no stack trace for anything a user can cause — and
 * returns the exit code.
 */
export function reportError(error: unknown): number {
  // Commander's errors, recognised by their code so this module need not load commander.
  const code = (error as { code?: unknown } | undefined)?.code;
  if (error instanceof Error && typeof code === 'string' && code.startsWith('commander.')) {
    const message = error.message.replace(/^error: /, '').replace(/\.$/, '');
    process.stderr.write(`drillbit: ${message}; run "${commandName()} --help" for usage\n`);
    return 2;
  }
  if (error instanceof DrillbitError) {
    for (const line of error.message.split('\n')) process.stderr.write(`drillbit: ${line}\n`);
    return error.exitCode;
  }
  const io = describeIoError(error);
  if (io) {
    process.stderr.write(`drillbit: ${io}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`drillbit: internal error: ${message} (set DRILLBIT_DEBUG=1 for details, and please report it)\n`);
  if (process.env['DRILLBIT_DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 70;
}

const IO_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/**
 * A file-system error nobody translated closer to where it happened (a
 * read-only data directory, a full disk) as one line saying what to do.
 */
function describeIoError(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException;
  const reason = typeof e?.code === 'string' ? IO_REASONS[e.code] : undefined;
  if (!reason) return undefined;
  const path = e.path ? ` ${e.path}` : '';
  return `cannot ${e.syscall === 'open' || e.syscall === 'mkdir' || e.syscall === 'write' || e.syscall === 'rename' ? 'write' : 'use'}${path}: ${reason}; check that the data directory ($DRILLBIT_HOME, else ~/.local/share/drillbit) is writable and has space`;
}
