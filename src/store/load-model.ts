/**
 * Loading a collection's model: read the state checkpoint, or rebuild it
 * from the history when it is missing or damaged, then replay the history
 * written after the checkpoint. Every fault becomes a one-line notice.
 */
import { historyRecordSchema, stateDocSchema } from './records.js';
import { migrateState } from './migrate.js';
import { applyRecord, emptyModel, modelFromDoc, type Model } from './model.js';
import { ioError } from './io-error.js';
import { readCachedModel } from './read-cache.js';
import type { Storage } from './storage.js';
import { DrillbitError } from '../core/errors.js';

export interface LoadResult {
  model: Model;
  /** The checkpoint is behind (history replayed, or rebuilt): worth writing. */
  stale: boolean;
  /** Bytes of history replayed on top of the checkpoint or read cache. */
  replayed: number;
}

const IO_CODES = new Set(['EACCES', 'EPERM', 'EIO', 'EMFILE', 'ENFILE']);

function readCheckpoint(storage: Storage, write: boolean, stamp: string, notice: (m: string) => void): Model | undefined {
  let raw: unknown;
  try {
    raw = storage.state.read();
  } catch (error) {
    if (IO_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw ioError(error, 'read', storage.state.path);
    raw = error;
  }
  if (raw === null) return undefined;
  let reason: string;
  if (raw instanceof Error) {
    reason = raw instanceof SyntaxError ? 'it is not valid JSON' : raw.message;
  } else {
    const parsed = stateDocSchema().safeParse(migrateState(raw, storage.state.path));
    if (parsed.success) return modelFromDoc(parsed.data);
    const issue = parsed.error.issues[0];
    reason = `${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}`;
  }
  if (write) {
    let aside: string;
    try {
      aside = storage.state.setAside(stamp);
    } catch (error) {
      throw ioError(error, 'move aside the damaged', storage.state.path);
    }
    notice(`${storage.state.path} could not be read (${reason}); rebuilt the card states from the review history, the damaged file is kept as ${aside}`);
  } else {
    notice(`${storage.state.path} could not be read (${reason}); using card states rebuilt from the review history (the next review session sets the damaged file aside)`);
  }
  return undefined;
}

/** Loads the model; `write` allows setting a damaged file aside and cutting a torn history tail. */
export function loadModel(storage: Storage, write: boolean, stamp: string, notice: (m: string) => void): LoadResult {
  // The history first: when it cannot be read at all, that is the one error to report.
  let size: number;
  try {
    size = storage.history.size();
  } catch (error) {
    throw ioError(error, 'read', storage.history.path);
  }
  let model = readCheckpoint(storage, write, stamp, notice);
  let stale = model === undefined;
  if (model && model.historyBytes > size) {
    notice(`${storage.state.path} is ahead of ${storage.history.path}; rebuilt the card states from the history`);
    model = undefined;
    stale = true;
  }
  // A read cache further along than the checkpoint (written by stats) saves the replay.
  const cached = readCachedModel(storage, size);
  if (cached && cached.historyBytes > (model?.historyBytes ?? -1)) {
    model = cached;
    stale = true;
  }
  const m = model ?? emptyModel();
  const base = m.historyBytes;
  let bad = 0;
  let scan;
  try {
    scan = storage.history.scan(m.historyBytes, (line, end) => {
      m.historyBytes = end;
      stale = true;
      if (!line.trim()) return;
      let rec;
      try {
        rec = historyRecordSchema().safeParse(JSON.parse(line));
      } catch {
        rec = { success: false as const };
      }
      if (rec.success) applyRecord(m, rec.data);
      else bad++;
    });
  } catch (error) {
    if (error instanceof DrillbitError) throw error;
    throw ioError(error, 'read', storage.history.path);
  }
  if (bad) notice(`${storage.history.path}: skipped ${bad} unreadable line${bad === 1 ? '' : 's'}`);
  if (scan.torn !== undefined) {
    const bytes = scan.tornBytes ?? Buffer.byteLength(scan.torn);
    if (write) {
      let kept: string;
      try {
        kept = storage.history.cutTail(scan.end, stamp);
      } catch (error) {
        throw ioError(error, 'repair', storage.history.path);
      }
      notice(`${storage.history.path} ended with a torn line (${bytes} bytes of an unfinished write); skipped it, a copy is kept as ${kept}`);
    } else {
      notice(`${storage.history.path} ends with a torn line (${bytes} bytes of an unfinished write); skipped it`);
    }
  }
  return { model: m, stale, replayed: m.historyBytes - base };
}
