/**
 * The read cache: a checkpoint written by read-only commands. `stats` takes
 * no lock, so it must not write state.json; without a checkpoint of its own it
 * would replay every review since the writer's last checkpoint on every run
 * (200k reviews: seconds). It is used only when it is further along than
 * state.json and its fingerprint matches the log it was made from.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';
import { checksum } from './checksum.js';
import { modelFromDoc, modelToDoc, type Model } from './model.js';
import { SCHEMA_VERSION, type StateDoc } from './records.js';
import type { ReadCacheFile, Storage } from './storage.js';

/** A read-only open writes the read cache after replaying at least this many bytes of history. */
export const READ_CACHE_AFTER_BYTES = 256 * 1024;

/** Bytes before a line's end that its fingerprint covers. */
const TAIL = 512;

export const fingerprintOf = (bytes: Uint8Array): string => checksum(bytes);

/** The fingerprint of `path` at `end` (the checksum of up to TAIL bytes before it). */
export function fileFingerprint(path: string, end: number): string {
  const start = Math.max(0, end - TAIL);
  const buf = Buffer.alloc(end - start);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return '';
  }
  try {
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, start + got);
      if (n === 0) return '';
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  return fingerprintOf(buf);
}

/**
 * The read cache at `path`: a checksum of the JSON, a newline, the JSON. The
 * checksum stands in for schema validation (which costs more than the replay
 * it saves at 10k cards): only a document this code wrote can match it.
 */
export function readCacheFile(path: string): ReadCacheFile {
  return {
    path,
    read: () => {
      try {
        const text = readFileSync(path, 'utf8');
        const nl = text.indexOf('\n');
        const json = text.slice(nl + 1);
        return nl > 0 && text.slice(0, nl) === fingerprintOf(Buffer.from(json)) ? JSON.parse(json) : null;
      } catch {
        return null;
      }
    },
    write: (doc) => {
      try {
        const json = JSON.stringify(doc);
        writeFileAtomic(path, `${fingerprintOf(Buffer.from(json))}\n${json}`);
      } catch {
        // Read-only folder or full disk: the next read replays, as before.
      }
    },
  };
}

/** The cached model when it is usable with a log of `size` bytes, else undefined. */
export function readCachedModel(storage: Storage, size: number): Model | undefined {
  const raw = storage.readCache.read() as (StateDoc & { fingerprint?: unknown }) | null;
  if (!raw || typeof raw !== 'object' || typeof raw.fingerprint !== 'string' || raw.schemaVersion !== SCHEMA_VERSION) return undefined;
  if (!(raw.historyBytes <= size) || storage.history.fingerprint(raw.historyBytes) !== raw.fingerprint) return undefined;
  try {
    return modelFromDoc(raw);
  } catch {
    return undefined;
  }
}

/** Writes the read cache for `model` (its offset is the end of a complete line of the log). */
export function writeReadCache(storage: Storage, model: Model): void {
  storage.readCache.write({ ...modelToDoc(model), fingerprint: storage.history.fingerprint(model.historyBytes) });
}
