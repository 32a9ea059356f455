/**
 * Content files are UTF-8. A file saved as UTF-16 (Windows editors) or with
 * stray bytes is reported with the line and column of the first bad byte,
 * instead of being read as text full of replacement characters.
 */
import { isUtf8 } from 'node:buffer';
import type { Problem } from '../core/errors.js';

/** Largest deck or drill file read, in bytes (the bundled deck is ~60 KB). */
export const MAX_CONTENT_BYTES = 4 * 1024 * 1024;

type At = (message: string, line?: number, col?: number) => { problem: Problem };

/** Length of the valid UTF-8 sequence at `i` (0: invalid). */
function sequenceLength(b: Buffer, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const [len, min] = c >= 0xc2 && c <= 0xdf ? [2, 0x80] : c >= 0xe0 && c <= 0xef ? [3, 0x800] : c >= 0xf0 && c <= 0xf4 ? [4, 0x10000] : [0, 0];
  if (len === 0 || i + len > b.length) return 0;
  let cp = c & (0xff >> (len + 1));
  for (let k = 1; k < len; k++) {
    const n = b[i + k]!;
    if ((n & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (n & 0x3f);
  }
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : len;
}

/** The text of `bytes` (a UTF-8 byte-order mark dropped), or a problem at the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Buffer, at: At): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return at('the file is UTF-16; save it as UTF-8');
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (isUtf8(bytes)) return { text: bytes.toString('utf8', start) };
  let line = 1;
  let col = 1;
  for (let i = start; i < bytes.length; ) {
    const len = sequenceLength(bytes, i);
    if (len === 0) return at(`not UTF-8 text (byte 0x${bytes[i]!.toString(16).padStart(2, '0')}); save the file as UTF-8`, line, col);
    if (bytes[i] === 0x0a) (line++, (col = 1));
    else col++;
    i += len;
  }
  return { text: bytes.toString('utf8', start) };
}
