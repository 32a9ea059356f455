/** A small deck with known tags, for exact question-mix tests. */
import type { Card, Deck } from '../../../src/core/deck/index.js';
import type { MockAttempt, QuestionResult } from '../../../src/core/mock/index.js';

const card = (id: string, tags: string[], kind: Card['kind'] = 'text'): Card =>
  kind === 'generated' ? { id, kind, prompt: `${id}?`, answer: id, tags, generator: 'subnet-bits' } : { id, kind: 'text', prompt: `What is ${id}?`, answer: `${id} is a thing.`, tags };

export const tinyDeck: Deck = {
  id: 'tiny',
  title: 'Tiny',
  cards: [
    card('a1', ['alpha']),
    card('a2', ['alpha']),
    card('a3', ['alpha', 'beta']),
    card('b1', ['beta']),
    card('b2', ['beta', 'gamma']),
    card('g1', ['gamma']),
    card('g2', ['gamma']),
    card('gen', ['alpha'], 'generated'),
  ],
};

const q = (id: string, tags: string[], score: number, verdict: QuestionResult['verdict'], points: QuestionResult['points'], timeMs: number, extra: Partial<QuestionResult> = {}): QuestionResult => ({
  id,
  kind: 'card',
  ref: `tiny/${id}`,
  tags,
  prompt: `Prompt ${id}`,
  answer: `answer ${id}`,
  unanswered: false,
  score,
  verdict,
  points,
  notes: [],
  modelAnswer: `Model ${id}`,
  study: verdict === 'correct' ? [] : [`tiny/${id}`],
  timeMs,
  softMs: 120_000,
  ...extra,
});

/** A kept attempt with known figures. */
export const fixtureAttempt: MockAttempt = {
  id: '4',
  options: { minutes: 10, mix: 'even', seed: 99 },
  startedAt: Date.parse('2026-03-01T09:00:00Z'),
  finishedAt: Date.parse('2026-03-01T09:09:00Z'),
  timedOut: false,
  score: 0.475,
  questions: [
    q('q1', ['alpha', 'beta'], 1, 'correct', [{ id: 'role', met: true }], 90_000),
    q('q2', ['alpha'], 0.5, 'partial', [{ id: 'role', met: true }, { id: 'reserved', met: false, hint: 'Say how many are reserved.' }], 150_000, {
      followUp: { criterion: 'reserved', prompt: 'And what about the reserved addresses?', answer: 'five', raised: true },
    }),
    q('q3', ['beta'], 0.4, 'partial', [{ id: 'reserved', met: false, hint: 'Say how many are reserved.' }, { id: 'surge', met: true }], 60_000),
    q('q4', ['gamma'], 0, 'incorrect', [{ id: 'surge', met: false, hint: 'Say the deploy doubles the tasks.' }, { id: 'reserved', met: false, hint: 'Say how many are reserved.' }], 240_000, { answer: '', unanswered: true }),
  ],
  study: ['tiny/q2', 'tiny/q3', 'tiny/q4'],
};
