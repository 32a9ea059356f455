/**
 * Drafts of a timed drill attempt, saved as the learner types so nothing is
 * lost to a crash, Ctrl-C or a closed terminal. One JSON file per drill under
 * `<data dir>/drafts/`, replaced atomically (temp file, fsync, rename) so a
 * kill mid-write leaves the previous draft intact. The caller throttles saves.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../core/drills/records.js';
import { readJsonOrSetAside, writeFileAtomic } from './atomic-file.js';
import { cleanAnswer } from '../core/answer-input.js';

export type { Draft } from '../core/drills/records.js';

export const draftFile = (dir: string, drillId: string): string => join(dir, 'drafts', `${drillId}.json`);

export function saveDraft(dir: string, draft: Draft): void {
  writeFileAtomic(draftFile(dir, draft.drillId), `${JSON.stringify(draft, null, 2)}\n`);
}

function isDraft(value: unknown, drillId: string): value is Draft {
  const d = value as Partial<Draft> | null;
  return (
    typeof d === 'object' && d !== null && d.drillId === drillId &&
    Number.isFinite(d.startedAt) && Number.isFinite(d.savedAt) && Number.isFinite(d.remainingMs) &&
    (d.seed === undefined || Number.isSafeInteger(d.seed)) && (d.section === undefined || typeof d.section === 'string') &&
    typeof d.answers === 'object' && d.answers !== null && !Array.isArray(d.answers) &&
    Object.values(d.answers).every((a) => typeof a === 'string')
  );
}

/**
 * The saved draft of `drillId`, or undefined. A damaged draft is moved aside
 * to `<file>.damaged` (never deleted) and treated as absent.
 */
export function loadDraft(dir: string, drillId: string): Draft | undefined {
  const draft = readJsonOrSetAside(draftFile(dir, drillId), (value): value is Draft => isDraft(value, drillId));
  // A draft file is shown back as typed: clean it as any answer entering drillbit.
  return draft && { ...draft, answers: Object.fromEntries(Object.entries(draft.answers).map(([k, a]) => [k, cleanAnswer(a).text])) };
}

/** Removes the draft once its attempt is graded and kept. */
export function clearDraft(dir: string, drillId: string): void {
  rmSync(draftFile(dir, drillId), { force: true });
}
