/**
 * Writing every byte. `writeSync` may write fewer bytes than asked (a nearly
 * full disk, a file-size limit) and say so only in its return value; a caller
 * that ignores it acknowledges data that is not on disk.
 */
import * as fs from 'node:fs';

/** The file calls the store's writers use, injectable so tests can return short counts. */
export interface WriteIo {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
}

/** Writes all of `data` to `fd`, looping on short writes; throws ENOSPC when a write makes no progress. */
export function writeAll(fd: number, data: string | Uint8Array, io: WriteIo = fs): void {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  let off = 0;
  while (off < buf.length) {
    const n = io.writeSync(fd, buf, off, buf.length - off);
    if (!(n > 0)) throw Object.assign(new Error('no space left on device (a write made no progress)'), { code: 'ENOSPC', syscall: 'write' });
    off += n;
  }
}
