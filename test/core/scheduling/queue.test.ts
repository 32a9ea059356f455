import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCandidate } from '../../../src/core/scheduling/queue.js';
import { newCardState, type CardState } from '../../../src/core/scheduling/card-state.js';
import { spreadSiblings } from '../../../src/core/scheduling/siblings.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
const at = (days: number): Date => new Date(NOW.getTime() + days * DAY);

function st(phase: CardState['phase'], dueDays: number, stability = 10): CardState {
  return { ...newCardState(NOW), phase, due: at(dueDays), stability, difficulty: 5, reps: 3 };
}

const settings = { newPerDay: 20, reviewsPerDay: 200 };
const base = { now: NOW, settings, newToday: 0, reviewsToday: 0 };

describe('buildQueue', () => {
  const cards: QueueCandidate[] = [
    { key: 'd/new1' },
    { key: 'd/rev-slightly', state: st('review', -1, 10) },
    { key: 'd/learn-late', state: st('learning', -0.001) },
    { key: 'd/rev-very', state: st('review', -5, 2) },
    { key: 'd/future', state: st('review', 3) },
    { key: 'd/relearn-early', state: st('relearning', -0.01) },
    { key: 'd/learn-future', state: st('learning', 0.01) },
    { key: 'd/new2', state: newCardState(NOW) },
  ];

  it('serves due learning cards, then reviews most overdue relative to stability first, then new cards', () => {
    expect(buildQueue({ ...base, cards })).toEqual(['d/relearn-early', 'd/learn-late', 'd/rev-very', 'd/rev-slightly', 'd/new1', 'd/new2']);
  });

  it('serves pulled-forward cards right after due learning cards', () => {
    expect(buildQueue({ ...base, cards, pulledForward: ['d/future', 'd/new2', 'd/unknown'] })).toEqual([
      'd/relearn-early',
      'd/learn-late',
      'd/future',
      'd/new2',
      'd/rev-very',
      'd/rev-slightly',
      'd/new1',
    ]);
  });

  it('respects the daily new and review limits, minus what was done today', () => {
    const many: QueueCandidate[] = [
      ...Array.from({ length: 30 }, (_, i) => ({ key: `n${i}` })),
      ...Array.from({ length: 250 }, (_, i) => ({ key: `r${i}`, state: st('review', -1 - i / 1000) })),
    ];
    const q = buildQueue({ ...base, cards: many });
    expect(q.filter((k) => k.startsWith('n'))).toHaveLength(20);
    expect(q.filter((k) => k.startsWith('r'))).toHaveLength(200);
    const later = buildQueue({ ...base, cards: many, newToday: 15, reviewsToday: 190 });
    expect(later.filter((k) => k.startsWith('n'))).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(later.filter((k) => k.startsWith('r'))).toHaveLength(10);
    expect(buildQueue({ ...base, cards: many, newToday: 25, reviewsToday: 250 })).toEqual([]);
  });

  it('cuts the queue at limit', () => {
    expect(buildQueue({ ...base, cards, limit: 2 })).toEqual(['d/relearn-early', 'd/learn-late']);
  });

  it('never puts siblings back to back when another card can go between', () => {
    const sib: QueueCandidate[] = [
      { key: 'a1', group: 'a' },
      { key: 'a2', group: 'a' },
      { key: 'a3', group: 'a' },
      { key: 'b1', group: 'b' },
      { key: 'x' },
      { key: 'b2', group: 'b' },
    ];
    const q = buildQueue({ ...base, cards: sib });
    expect(q).toEqual(['a1', 'b1', 'a2', 'x', 'a3', 'b2']);
    const groups = new Map(sib.map((c) => [c.key, c.group]));
    for (let i = 1; i < q.length; i++) expect(groups.get(q[i]!) !== undefined && groups.get(q[i]!) === groups.get(q[i - 1]!)).toBe(false);
  });
});

describe('spreadSiblings', () => {
  it.each([
    ['empty', [], []],
    ['no groups', ['-1', '-2'], ['-1', '-2']],
    ['only siblings stay in order', ['a1', 'a2'], ['a1', 'a2']],
    ['alternates two groups', ['a1', 'a2', 'b1', 'b2'], ['a1', 'b1', 'a2', 'b2']],
    ['a lone card separates', ['a1', 'a2', '-1'], ['a1', '-1', 'a2']],
  ])('%s', (_label, input, expected) => {
    expect(spreadSiblings(input, (k) => (k[0] === '-' ? undefined : k[0]))).toEqual(expected);
  });
});
