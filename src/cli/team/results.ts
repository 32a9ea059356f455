/**
 * `--results FILE`: every player's every answer — question, card, answer,
 * score, verdict, points, time taken — as JSON, or CSV when FILE ends in
 * .csv. Written to a temp file and renamed, so a reader never sees half.
 */
import type { TeamSession } from '../../core/team/session.js';
import { writeFileAtomic } from '../../store/atomic-file.js';

export interface ResultsMeta {
  id: string;
  seed: number;
  startedAt: string;
}

export function resultsJson(s: TeamSession, meta: ResultsMeta): object {
  return {
    session: meta.id,
    seed: meta.seed,
    startedAt: meta.startedAt,
    questions: s.questions.map((q, index) => ({ index: index + 1, card: q.key, prompt: q.prompt })),
    players: s.board().map((e) => {
      const p = s.player(e.id)!;
      return {
        rank: e.rank,
        name: p.name,
        points: p.points,
        answers: [...p.answers.values()]
          .sort((a, b) => a.index - b.index)
          .map((a) => ({ question: a.index + 1, card: a.key, answer: a.answer, score: a.score, verdict: a.verdict, points: a.points, timeMs: a.timeMs })),
      };
    }),
  };
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
const field = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function resultsCsv(s: TeamSession): string {
  const rows: (string | number)[][] = [['player', 'rank', 'question', 'card', 'answer', 'score', 'verdict', 'points', 'time_ms']];
  for (const e of s.board()) {
    const p = s.player(e.id)!;
    for (const a of [...p.answers.values()].sort((x, y) => x.index - y.index)) {
      rows.push([p.name, e.rank, a.index + 1, a.key, a.answer, a.score.toFixed(3), a.verdict, a.points, a.timeMs]);
    }
  }
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function writeResults(file: string, s: TeamSession, meta: ResultsMeta): void {
  const text = /\.csv$/i.test(file) ? resultsCsv(s) : `${JSON.stringify(resultsJson(s, meta), null, 2)}\n`;
  writeFileAtomic(file, text);
}
