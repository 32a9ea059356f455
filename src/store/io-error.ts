import { DrillbitError } from '../core/errors.js';

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space',
  EDQUOT: 'the disk quota is used up; free some space',
  EROFS: 'the file system is read-only; set DRILLBIT_HOME to a writable folder',
  EACCES: 'permission denied; check the folder\'s owner and permissions or set DRILLBIT_HOME',
  EPERM: 'permission denied; check the folder\'s owner and permissions or set DRILLBIT_HOME',
  ENOTDIR: 'a file is in the way of the folder; set DRILLBIT_HOME to a folder',
  EISDIR: 'a folder is in the way of the file; move it away (drillbit keeps its data in files there)',
  ENOTFILE: 'it is not a regular file; move it away',
  EEXIST: 'a file is in the way of the folder; set DRILLBIT_HOME to a folder',
  EFBIG: 'the file is larger than this system allows (check "ulimit -f" and the file system\'s limit)',
  EIO: 'the disk reported an input/output error; check the disk',
};

/**
 * Turns a file-system error into one clear line for the user. Everything
 * recorded before the failure is already on disk, and the message says so.
 */
export function ioError(error: unknown, action: string, path: string): DrillbitError {
  if (error instanceof DrillbitError) return error;
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const cause = CAUSES[code] ?? `${code || (error as Error)?.message || 'unknown error'}`;
  return new DrillbitError(`cannot ${action} ${path}: ${cause} (reviews already saved are kept)`);
}
