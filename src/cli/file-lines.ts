/**
 * A file's lines, read in chunks: a batch file of any size (600 MB is past
 * what one JavaScript string can hold) is graded line by line in bounded
 * memory. A line longer than `maxBytes` is reported as too long, not read.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type FileLine = { n: number; text: string } | { n: number; tooLong: number };

const CHUNK = 1 << 20;

/** Every line of `file` (1-based `n`), the last one even without a final newline. */
export function* fileLines(file: string, maxBytes: number): Generator<FileLine> {
  const fd = openSync(file, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: 'ENOTFILE' });
    const buf = Buffer.alloc(CHUNK);
    let parts: Buffer[] = [];
    let size = 0;
    let skipping = 0;
    let n = 0;
    for (let pos = 0; ; ) {
      const got = readSync(fd, buf, 0, CHUNK, pos);
      if (got === 0) break;
      pos += got;
      let start = 0;
      for (let i = buf.indexOf(10, 0); i !== -1 && i < got; i = buf.indexOf(10, start)) {
        n++;
        if (skipping || size + i - start > maxBytes) yield { n, tooLong: skipping + size + i - start };
        else yield { n, text: Buffer.concat([...parts, buf.subarray(start, i)]).toString('utf8') };
        parts = [];
        size = 0;
        skipping = 0;
        start = i + 1;
      }
      const rest = got - start;
      if (skipping || size + rest > maxBytes) {
        skipping += size + rest;
        parts = [];
        size = 0;
      } else if (rest > 0) {
        parts.push(Buffer.from(buf.subarray(start, got)));
        size += rest;
      }
    }
    if (skipping) yield { n: n + 1, tooLong: skipping };
    else if (size) yield { n: n + 1, text: Buffer.concat(parts).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}
