import { describe, expect, it } from 'vitest';
import { buildQueue, planQueue, type QueueCandidate } from '../../../src/core/scheduling/queue.js';
import { newCardState, type CardState } from '../../../src/core/scheduling/card-state.js';
import { spreadSiblings } from '../../../src/core/scheduling/siblings.js';

// Local noon: the learner's day (day start 4 am local) ends 16 hours later, in any time zone.
const NOW = new Date(2026, 2, 1, 12);
const DAY = 86_400_000;
const at = (days: number): Date => new Date(NOW.getTime() + days * DAY);

function st(phase: CardState['phase'], dueDays: number, stability = 10): CardState {
  return { ...newCardState(NOW), phase, due: at(dueDays), stability, difficulty: 5, reps: 3 };
}

const settings = { newPerDay: 20, reviewsPerDay: 200, dayStartHour: 4, learnAheadMs: 20 * 60_000 };
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

  it('serves due learning cards, then reviews most overdue relative to stability first, then new cards, then learning cards due within the learn-ahead window', () => {
    expect(buildQueue({ ...base, cards })).toEqual(['d/relearn-early', 'd/learn-late', 'd/rev-very', 'd/rev-slightly', 'd/new1', 'd/new2', 'd/learn-future']);
  });

  it('serves every review due by the end of the learner\'s day, whatever its clock time, and no learning step beyond the learn-ahead window', () => {
    const local = (d: number, h: number, m = 0): Date => new Date(2026, 2, d, h, m);
    const day: QueueCandidate[] = [
      { key: 'rev-tonight', state: { ...st('review', 0), due: local(1, 23, 59) } },
      { key: 'rev-before-day-start', state: { ...st('review', 0), due: local(2, 3, 59) } },
      { key: 'rev-at-day-start', state: { ...st('review', 0), due: local(2, 4) } },
      { key: 'learn-in-20-min', state: { ...st('learning', 0), due: local(1, 12, 20) } },
      { key: 'learn-in-21-min', state: { ...st('learning', 0), due: local(1, 12, 21) } },
    ];
    expect(buildQueue({ ...base, cards: day })).toEqual(['rev-tonight', 'rev-before-day-start', 'learn-in-20-min']);
    // At 2 am the learner's day is still the 1st: it ends at 4 am on the 2nd.
    expect(buildQueue({ ...base, now: local(2, 2), cards: day })).toEqual(['learn-in-20-min', 'learn-in-21-min', 'rev-tonight', 'rev-before-day-start']);
    // From 4 am the next day has begun.
    expect(buildQueue({ ...base, now: local(2, 4), cards: day })).toEqual(['learn-in-20-min', 'learn-in-21-min', 'rev-tonight', 'rev-before-day-start', 'rev-at-day-start']);
  });

  it('counts pulled-forward cards against the daily limits and says how many wait', () => {
    const many: QueueCandidate[] = [
      ...Array.from({ length: 30 }, (_, i) => ({ key: `n${i}` })),
      ...Array.from({ length: 5 }, (_, i) => ({ key: `r${i}`, state: st('review', 3) })),
    ];
    const pulledForward = ['n25', 'n26', 'n27', 'r0', 'r1'];
    const plan = planQueue({ ...base, cards: many, settings: { ...settings, newPerDay: 2, reviewsPerDay: 1 }, pulledForward });
    expect(plan).toEqual({ keys: ['n25', 'n26', 'r0'], pulled: ['n25', 'n26', 'r0'], pulledLeft: 2 });
    // A session limit leaves the rest for later too.
    expect(planQueue({ ...base, cards: many, pulledForward, limit: 2 })).toEqual({ keys: ['n25', 'n26'], pulled: ['n25', 'n26'], pulledLeft: 3 });
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
      'd/learn-future',
    ]);
  });

  it('serves a learning card due exactly now with the due learning cards, not after the new ones', () => {
    const exact: QueueCandidate[] = [
      { key: 'new' },
      { key: 'rev', state: st('review', -1) },
      { key: 'learn-now', state: { ...st('learning', 0), due: NOW } },
    ];
    expect(buildQueue({ ...base, cards: exact })).toEqual(['learn-now', 'rev', 'new']);
  });

  it('serves a pulled-forward card that is also a due learning card once, in the learning slot, and counts it as not pulled', () => {
    const plan = planQueue({ ...base, cards, pulledForward: ['d/learn-late', 'd/future'], settings: { ...settings, reviewsPerDay: 3 } });
    expect(plan).toEqual({
      keys: ['d/relearn-early', 'd/learn-late', 'd/future', 'd/rev-very', 'd/rev-slightly', 'd/new1', 'd/new2', 'd/learn-future'],
      pulled: ['d/future'],
      pulledLeft: 0,
    });
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
    expect(buildQueue({ ...base, cards, limit: 3 })).toEqual(['d/relearn-early', 'd/learn-late', 'd/rev-very']);
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
