/**
 * Drafts of a timed drill attempt, saved as the learner types so nothing is
 * lost to a crash, Ctrl-C or a closed terminal. One JSON file per drill under
 * `<data dir>/drafts/`, replaced atomically (temp file, fsync, rename) so a
 * kill mid-write leaves the previous draft intact. The caller throttles saves.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Draft } from '../core/drills/records.js';
import { writeAll } from './write-all.js';
import { cleanAnswer } from '../core/answer-input.js';

export type { Draft } from '../core/drills/records.js';

/** Writes `text` to `file` so readers see the old or the new content, never a torn mix. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeAll(fd, text);
    fsyncSync(fd);
  } catch (error) {
    // A full disk: the old file stays whole, and no half-written temp file is left behind.
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
  try {
    const dirFd = openSync(dirname(file), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic.
  }
}

export const draftFile = (dir: string, drillId: string): string => join(dir, 'drafts', `${drillId}.json`);

export function saveDraft(dir: string, draft: Draft): void {
  writeFileAtomic(draftFile(dir, draft.drillId), `${JSON.stringify(draft, null, 2)}\n`);
}

function isDraft(value: unknown, drillId: string): value is Draft {
  const d = value as Partial<Draft> | null;
  return (
    typeof d === 'object' && d !== null && d.drillId === drillId &&
    typeof d.startedAt === 'number' && typeof d.savedAt === 'number' && typeof d.remainingMs === 'number' &&
    typeof d.answers === 'object' && d.answers !== null &&
    Object.values(d.answers).every((a) => typeof a === 'string')
  );
}

/**
 * The saved draft of `drillId`, or undefined. A damaged draft is moved aside
 * to `<file>.damaged` (never deleted) and treated as absent.
 */
export function loadDraft(dir: string, drillId: string): Draft | undefined {
  const file = draftFile(dir, drillId);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    // A draft file is shown back as typed: clean it as any answer entering drillbit.
    if (isDraft(value, drillId)) return { ...value, answers: Object.fromEntries(Object.entries(value.answers).map(([k, a]) => [k, cleanAnswer(a).text])) };
  } catch {
    // fall through: damaged
  }
  renameSync(file, `${file}.damaged`);
  return undefined;
}

/** Removes the draft once its attempt is graded and kept. */
export function clearDraft(dir: string, drillId: string): void {
  rmSync(draftFile(dir, drillId), { force: true });
}
