/** Small text pieces the mock report and history share. Pure. */
import type { MockOptions } from './types.js';

export const pct = (score: number): string => `${Math.round(score * 100)}%`;

/** `██████░░░░`: `fraction` of `width` cells filled. */
export function bar(fraction: number, width = 10): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** `m:ss` of a duration (rounded down to the second). */
export function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** `+12` / `−5` / `±0` percentage points; `—` when there is nothing to compare with. */
export function signedPoints(delta: number | undefined): string {
  if (delta === undefined) return '—';
  const points = Math.round(delta * 100);
  return points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '±0';
}

/** `2026-11-30 10:00 UTC`. */
export const when = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The command that builds the same interview again; `command` runs drillbit where the user is ("npx drillbit" from a clone). */
export function retakeCommand(options: MockOptions, command = 'drillbit'): string {
  const parts = [`${command} mock`, `--minutes ${options.minutes}`];
  if (options.questions !== undefined) parts.push(`--questions ${options.questions}`);
  if (options.tags?.length) parts.push(`--tags ${options.tags.join(',')}`);
  if (options.mix !== 'even') parts.push(`--mix ${options.mix}`);
  parts.push(`--seed ${options.seed}`);
  return parts.join(' ');
}

export const indent = (text: string, by: string): string => text.split('\n').map((l) => (l ? `${by}${l}` : l)).join('\n');
