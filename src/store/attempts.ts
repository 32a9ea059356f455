/**
 * Every drill attempt, kept with its answers and results: append-only JSON
 * Lines (`<data dir>/attempts.jsonl`), each line fsync'd, so keeping an
 * attempt costs the same however many came before. Also the fallback list of
 * deck cards to pull into the next review.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import { writeAll } from './write-all.js';

/** One finished attempt. `result` is the graded attempt as the grader returned it. */
export interface AttemptRecord {
  drillId: string;
  startedAt: number;
  finishedAt: number;
  /** True when the clock ran out and the attempt was submitted as it stood. */
  timedOut: boolean;
  answers: Record<string, string>;
  score: number;
  verdict: string;
  result: unknown;
}

export type { DrillHistory } from '../core/drills/records.js';
import type { DrillHistory } from '../core/drills/records.js';

export const attemptsFile = (dir: string): string => join(dir, 'attempts.jsonl');

export function appendAttempt(dir: string, attempt: AttemptRecord): void {
  mkdirSync(dir, { recursive: true });
  const fd = openSync(attemptsFile(dir), 'a', 0o600);
  const at = fstatSync(fd).size;
  try {
    writeAll(fd, `${JSON.stringify(attempt)}\n`);
    fsyncSync(fd);
  } catch (error) {
    // No half line: the attempt is either whole on disk or not there (its draft is kept).
    ftruncateSync(fd, at);
    throw error;
  } finally {
    closeSync(fd);
  }
}

function isAttempt(value: unknown): value is AttemptRecord {
  const a = value as Partial<AttemptRecord> | null;
  return typeof a === 'object' && a !== null && typeof a.drillId === 'string' && typeof a.score === 'number';
}

/** Attempts, oldest first, of one drill or all. A torn last line (a kill mid-append) is skipped. */
export function readAttempts(dir: string, drillId?: string): AttemptRecord[] {
  let text: string;
  try {
    text = readFileSync(attemptsFile(dir), 'utf8');
  } catch {
    return [];
  }
  const out: AttemptRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isAttempt(value) && (drillId === undefined || value.drillId === drillId)) out.push(value);
    } catch {
      // A line torn by a crash; the lines around it are intact.
    }
  }
  return out;
}

/** Trend tolerance: score changes smaller than this are flat. */
const FLAT = 0.02;

export function drillHistory(attempts: readonly AttemptRecord[]): DrillHistory {
  const scores = attempts.map((a) => a.score);
  if (!scores.length) return { count: 0, scores };
  const last = scores[scores.length - 1]!;
  const before = scores[scores.length - 2];
  const trend = before === undefined ? 'first' : last - before > FLAT ? 'up' : before - last > FLAT ? 'down' : 'flat';
  return { count: scores.length, best: Math.max(...scores), last, trend, scores };
}

export const pullForwardFile = (dir: string): string => join(dir, 'pull-forward.json');

/** Card keys (`deckId/cardId`) queued for the next review, oldest first. */
export function readPullForward(dir: string): string[] {
  try {
    const value: unknown = JSON.parse(readFileSync(pullForwardFile(dir), 'utf8'));
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Adds card keys to `pull-forward.json` for the review code to put into the
 * next session (used while the collection has no `pullForward`).
 */
export function writePullForward(dir: string, keys: readonly string[]): string[] {
  const merged = [...new Set([...readPullForward(dir), ...keys])];
  writeFileAtomic(pullForwardFile(dir), `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
