/**
 * Trends over every kept mock interview: each attempt's score with its
 * change against the previous and the best before it, and per tag a
 * sparkline of its scores with the same two changes.
 */
import { tagScores } from './report.js';
import type { MockAttempt } from './types.js';

const SPARKS = '▁▂▃▄▅▆▇█';

/** One glyph per score (0..1, absolute scale); `·` where the tag was not asked. */
export function sparkline(scores: readonly (number | undefined)[]): string {
  return scores.map((s) => (s === undefined ? '·' : SPARKS[Math.min(SPARKS.length - 1, Math.floor(Math.max(0, s) * SPARKS.length))]!)).join('');
}

/** A score with its change against the previous one and the best before it (undefined: none before). */
export interface Change {
  score: number;
  vsPrevious?: number | undefined;
  vsBest?: number | undefined;
}

export interface AttemptRow extends Change {
  id: string;
  startedAt: number;
  minutes: number;
  questions: number;
  timedOut: boolean;
}

export interface TagTrend extends Change {
  tag: string;
  /** One entry per attempt, oldest first; undefined where the tag was not asked. */
  series: (number | undefined)[];
  sparkline: string;
}

export interface MockHistory {
  attempts: AttemptRow[];
  tags: TagTrend[];
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** The last of `series` against the one before it and the best before it. */
export function change(series: readonly (number | undefined)[]): Change | undefined {
  const known = series.filter((s): s is number => s !== undefined);
  const last = known.at(-1);
  if (last === undefined) return undefined;
  const before = known.slice(0, -1);
  return {
    score: last,
    ...(before.length ? { vsPrevious: round3(last - before.at(-1)!), vsBest: round3(last - Math.max(...before)) } : {}),
  };
}

/** History of `attempts` (oldest first); `tag` keeps only attempts and trends of that tag. */
export function mockHistory(attempts: readonly MockAttempt[], tag?: string): MockHistory {
  const perTag = attempts.map((a) => new Map(tagScores(a).map((t) => [t.tag, t.score])));
  const kept = attempts.map((a, i) => ({ a, tags: perTag[i]! })).filter((x) => tag === undefined || x.tags.has(tag));
  const scores = kept.map((x) => (tag === undefined ? x.a.score : x.tags.get(tag)!));
  const rows = kept.map((x, i) => ({
    id: x.a.id,
    startedAt: x.a.startedAt,
    minutes: x.a.options.minutes,
    questions: x.a.questions.length,
    timedOut: x.a.timedOut,
    ...change(scores.slice(0, i + 1))!,
  }));
  const names = [...new Set(kept.flatMap((x) => [...x.tags.keys()]))].filter((t) => tag === undefined || t === tag).sort();
  const tags = names.map((name) => {
    const series = kept.map((x) => x.tags.get(name));
    return { tag: name, series, sparkline: sparkline(series), ...change(series)! };
  });
  return { attempts: rows, tags };
}
