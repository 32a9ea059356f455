/**
 * Checksums for the caches (V8 code, parsed content, the read checkpoint):
 * the byte length and a CRC-32 from zlib. They tell a changed or damaged
 * file from the one that was written, which is all a cache needs, and they
 * keep node:crypto (about 4 ms to load, a tenth of node's own start-up) off
 * the start-up of every command. Not for anything that must resist someone
 * forging a match: nothing here does.
 */
import * as zlib from 'node:zlib';
import { nodeCrypto } from './lazy-crypto.js';

type Crc32 = (data: string | Uint8Array) => number;

/** zlib.crc32 is Node ≥ 20.15; earlier 20.x get the first 32 bits of a SHA-1 instead. */
const crc32: Crc32 =
  typeof (zlib as { crc32?: Crc32 }).crc32 === 'function'
    ? (zlib as { crc32: Crc32 }).crc32
    : (data) => nodeCrypto().createHash('sha1').update(data).digest().readUInt32BE(0);

/** `<byte length in hex>-<CRC-32 in hex>` of `data` (a string counts as its UTF-8 bytes). */
export function checksum(data: string | Uint8Array): string {
  const length = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  return `${length.toString(16)}-${(crc32(data) >>> 0).toString(16).padStart(8, '0')}`;
}

/** The CRC-32 of `data` as 4 bytes, for binary headers. */
export function crc32Bytes(data: Uint8Array): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data) >>> 0, 0);
  return out;
}
