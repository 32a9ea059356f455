/**
 * The figures of a mock report, computed from a kept attempt: score per tag,
 * the weakest tags, the rubric points missed most often, time per question.
 */
import type { MockAttempt } from './types.js';

/** One tag's score: the mean of the questions carrying it. */
export interface TagScore {
  tag: string;
  score: number;
  questions: number;
}

/** A rubric point missed, with how many questions missed it. */
export interface MissedPoint {
  id: string;
  count: number;
  hint?: string | undefined;
  /** Question ids that missed it. */
  questions: string[];
}

export interface MockFigures {
  score: number;
  counts: { correct: number; partial: number; incorrect: number; unanswered: number };
  /** By tag name. */
  tags: TagScore[];
  /** The three lowest-scoring tags, lowest first. */
  weakest: TagScore[];
  /** Most often missed first (then in question order); at most MISSED_SHOWN. */
  missed: MissedPoint[];
  totalTimeMs: number;
}

export const WEAKEST_SHOWN = 3;
export const MISSED_SHOWN = 5;

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

export function tagScores(attempt: Pick<MockAttempt, 'questions'>): TagScore[] {
  const by = new Map<string, number[]>();
  for (const q of attempt.questions) for (const t of q.tags) by.set(t, [...(by.get(t) ?? []), q.score]);
  return [...by.entries()].map(([tag, s]) => ({ tag, score: round3(s.reduce((a, b) => a + b, 0) / s.length), questions: s.length })).sort((a, b) => a.tag.localeCompare(b.tag));
}

export function mockFigures(attempt: MockAttempt): MockFigures {
  const tags = tagScores(attempt);
  const weakest = [...tags].sort((a, b) => a.score - b.score || a.tag.localeCompare(b.tag)).slice(0, WEAKEST_SHOWN);
  const missed = new Map<string, MissedPoint>();
  for (const q of attempt.questions) {
    for (const p of q.points) {
      if (p.met) continue;
      const m = missed.get(p.id) ?? { id: p.id, count: 0, hint: p.hint, questions: [] };
      m.count++;
      m.questions.push(q.id);
      missed.set(p.id, m);
    }
  }
  const counts = { correct: 0, partial: 0, incorrect: 0, unanswered: 0 };
  for (const q of attempt.questions) {
    counts[q.verdict]++;
    if (q.unanswered) counts.unanswered++;
  }
  return {
    score: attempt.score,
    counts,
    tags,
    weakest,
    missed: [...missed.values()].sort((a, b) => b.count - a.count).slice(0, MISSED_SHOWN),
    totalTimeMs: attempt.questions.reduce((s, q) => s + q.timeMs, 0),
  };
}
