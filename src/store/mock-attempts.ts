/**
 * Finished mock interviews: append-only JSON Lines in
 * `<data dir>/mock/attempts.jsonl`, each line fsync'd. Mock answers live
 * only here — never in the review history or the card states — so a mock
 * leaves the schedule exactly as it was.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MockAttempt } from '../core/mock/types.js';
import { DrillbitError } from '../core/errors.js';

export const mockDir = (dir: string): string => join(dir, 'mock');
export const mockAttemptsFile = (dir: string): string => join(mockDir(dir), 'attempts.jsonl');

function isAttempt(value: unknown): value is MockAttempt {
  const a = value as Partial<MockAttempt> | null;
  return typeof a === 'object' && a !== null && typeof a.id === 'string' && typeof a.score === 'number' && Array.isArray(a.questions) && typeof a.options === 'object';
}

/** Every kept mock interview, oldest first. A torn last line (a kill mid-append) is skipped. */
export function readMockAttempts(dir: string): MockAttempt[] {
  let text: string;
  try {
    text = readFileSync(mockAttemptsFile(dir), 'utf8');
  } catch {
    return [];
  }
  const out: MockAttempt[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isAttempt(value)) out.push(value);
    } catch {
      // A line torn by a crash; the others are intact.
    }
  }
  return out;
}

/** The id the next kept attempt gets: one more than the largest so far. */
export function nextMockId(dir: string): string {
  return String(readMockAttempts(dir).reduce((max, a) => Math.max(max, Number(a.id) || 0), 0) + 1);
}

/** Appends a finished interview; it is on disk when this returns. */
export function appendMockAttempt(dir: string, attempt: MockAttempt): void {
  const file = mockAttemptsFile(dir);
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(attempt)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** One attempt by id, or the latest without one; `command` (how to run drillbit) is for the hints. */
export function findMockAttempt(dir: string, id?: string, command = 'drillbit'): MockAttempt {
  const all = readMockAttempts(dir);
  if (!all.length) throw new DrillbitError(`no mock interviews yet; run "${command} mock" to take one`);
  if (id === undefined) return all.at(-1)!;
  const found = all.find((a) => a.id === id);
  if (!found) throw new DrillbitError(`no mock interview "${id}"; the ids are ${all.map((a) => a.id).join(', ')} ("${command} mock history" lists them)`);
  return found;
}
