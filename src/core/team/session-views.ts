/** The messages that show one player where the session is (on joining, at a question, at the reveal). */
import { hostMsg, type HostMessage, type Spread } from './protocol.js';
import type { TeamPlayer } from './session-types.js';
import type { TeamSession } from './session.js';

/** The question as this player sees it: time left, whether they answered, whether they may. */
export function questionFor(s: TeamSession, p: TeamPlayer, now: number): HostMessage {
  const q = s.questions[s.index]!;
  return hostMsg('question', {
    question: {
      index: s.index,
      total: s.questions.length,
      kind: q.card.kind,
      prompt: q.prompt,
      ...(q.choices ? { choices: q.choices } : {}),
      remainingMs: s.remaining(now),
      limitMs: s.limitNow,
      paused: s.paused,
      answered: p.answers.has(s.index),
      open: p.lateFrom <= s.index,
    },
  });
}

/** The reveal for one player: their own graded answer, the model answer, the spread and the board. */
export function revealFor(s: TeamSession, p: TeamPlayer, spread: Spread = s.spread()): HostMessage {
  const q = s.questions[s.index]!;
  const a = p.answers.get(s.index);
  const hash = s.options.hashes?.get(q.key);
  const criteria = (a?.criteria ?? []).map((c) => ({ id: c.id, met: c.met, ...(c.evidence ? { evidence: c.evidence.slice(0, 1000) } : {}), ...(c.hint ? { hint: c.hint.slice(0, 1000) } : {}) }));
  return hostMsg('reveal', {
    index: s.index,
    total: s.questions.length,
    rubric: q.card.rubric?.criteria.map((c) => c.id) ?? [],
    modelAnswer: q.card.answer,
    card: { key: q.key, ...(hash ? { hash } : {}) },
    ...(a
      ? { mine: { answer: a.answer.slice(0, 8_000), score: a.score, verdict: a.verdict, points: a.points, timeMs: a.timeMs, criteria, notes: a.notes.slice(0, 20).map((n) => n.slice(0, 1000)) } }
      : {}),
    spread,
    board: s.board(),
  });
}

/** What a (re)joining player is sent after the welcome, so they never face a blank screen. */
export function catchUp(s: TeamSession, p: TeamPlayer, now: number): HostMessage[] {
  const total = s.questions.length;
  switch (s.phase) {
    case 'lobby':
      return [];
    case 'question':
      return [questionFor(s, p, now)];
    case 'reveal':
      return [revealFor(s, p)];
    case 'board':
      return [hostMsg('board', { index: s.index, total, board: s.board() })];
    case 'end':
      return [hostMsg('end', { board: s.board() })];
  }
}
