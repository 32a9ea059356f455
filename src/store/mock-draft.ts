/**
 * The mock interview in progress, saved as the learner types (the caller
 * throttles), so Ctrl-C, a closed terminal or kill -9 loses at most the last
 * second: `<data dir>/mock/draft.json`, replaced atomically.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MockPlan, MockProgress } from '../core/mock/types.js';
import { readJsonOrSetAside, writeFileAtomic } from './atomic-file.js';
import { mockDir } from './mock-attempts.js';

/** A saved interview: its plan, where the learner was, and when it was saved. */
export interface MockDraft {
  v: 1;
  plan: MockPlan;
  progress: MockProgress;
  /** Epoch ms of this save; the time until the resume is not counted. */
  savedAt: number;
}

export const mockDraftFile = (dir: string): string => join(mockDir(dir), 'draft.json');

export function saveMockDraft(dir: string, draft: MockDraft): void {
  writeFileAtomic(mockDraftFile(dir), `${JSON.stringify(draft)}\n`);
}

function isDraft(value: unknown): value is MockDraft {
  const d = value as Partial<MockDraft> | null;
  const p = d?.progress;
  return (
    typeof d === 'object' && d !== null && d.v === 1 && typeof d.savedAt === 'number' &&
    Array.isArray(d.plan?.questions) && typeof d.plan?.options?.minutes === 'number' &&
    typeof p === 'object' && Array.isArray(p.queue) && typeof p.answers === 'object' && typeof p.startedAt === 'number' && typeof p.limitMs === 'number'
  );
}

/** The saved interview, or undefined. A damaged file is moved aside to `draft.json.damaged`, never deleted. */
export function loadMockDraft(dir: string): MockDraft | undefined {
  return readJsonOrSetAside(mockDraftFile(dir), isDraft);
}

export function clearMockDraft(dir: string): void {
  rmSync(mockDraftFile(dir), { force: true });
}
