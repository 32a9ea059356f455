/**
 * zstd decompression (fzstd), bounded. The frame header's window and content
 * sizes are checked before fzstd allocates for them, and the output is
 * counted block by block, so a small file that unpacks to gigabytes is
 * refused without unpacking it.
 */
import { Decompress } from 'fzstd';
import { DrillbitError } from '../../core/errors.js';
import { mib } from './limits.js';

const MAGIC = 0xfd2fb528;
const SLICE = 64 * 1024;

/** The sizes a zstd frame header declares: window and, when present, content (RFC 8878 §3.1.1.1). */
function declaredSizes(b: Uint8Array): { window: number; content: number } {
  const flags = b[4]!;
  const singleSegment = (flags >> 5) & 1;
  const dictBytes = [0, 1, 2, 4][flags & 3]!;
  const fcsField = flags >> 6;
  let at = 5;
  let window = 0;
  if (!singleSegment) {
    const exponent = b[5]! >> 3;
    const base = 2 ** (10 + exponent);
    window = base + (base / 8) * (b[5]! & 7);
    at = 6;
  }
  at += dictBytes;
  const fcsBytes = fcsField === 0 ? singleSegment : 2 ** fcsField;
  let content = 0;
  for (let i = fcsBytes - 1; i >= 0; i--) content = content * 256 + (b[at + i] ?? 0);
  if (fcsBytes === 2) content += 256;
  return { window: singleSegment ? content : window, content };
}

export function unzstd(bytes: Uint8Array, maxBytes: number, what: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 6 || view.getUint32(0, true) !== MAGIC) throw new DrillbitError(`${what} is not zstd-compressed as Anki writes it; export the package from Anki again`);
  const { window, content } = declaredSizes(bytes);
  if (window > maxBytes || content > maxBytes) {
    throw new DrillbitError(`${what} declares ${mib(Math.max(window, content))} unpacked, more than the ${mib(maxBytes)} drillbit allows (a damaged package or a zip bomb); nothing was imported`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Decompress((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new DrillbitError(`${what} unpacks to more than the ${mib(maxBytes)} drillbit allows (a damaged package or a zip bomb); nothing was imported`);
    chunks.push(chunk.slice());
  });
  try {
    for (let i = 0; i < bytes.length; i += SLICE) stream.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch (error) {
    if (error instanceof DrillbitError) throw error;
    throw new DrillbitError(`${what} is damaged (zstd: ${(error as Error).message}); export the package from Anki again`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
