import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating, StrategyMode, type Card } from 'ts-fsrs';
import { applyRating, formatInterval, fuzzSeed, previewRatings } from '../../../src/core/scheduling/fsrs.js';
import { isLeech, newCardState, type CardState } from '../../../src/core/scheduling/card-state.js';

const T0 = new Date('2026-01-05T10:00:00Z');
const DAY = 86_400_000;

/** Rates `good` until the card is in review, then returns it with the time. */
function graduate(): { state: CardState; at: Date } {
  let state = newCardState(T0);
  let at = T0;
  while (state.phase !== 'review') {
    at = new Date(Math.max(at.getTime(), state.due.getTime()));
    state = applyRating(state, 'good', at);
  }
  return { state, at };
}

describe('applyRating', () => {
  it('grows the interval with each Good review', () => {
    let { state } = graduate();
    let last = state.scheduledDays;
    for (let i = 0; i < 6; i++) {
      const at = state.due;
      state = applyRating(state, 'good', at);
      expect(state.scheduledDays).toBeGreaterThan(last);
      last = state.scheduledDays;
    }
  });

  it('shrinks stability and sends the card to relearning on Again', () => {
    let { state } = graduate();
    for (let i = 0; i < 3; i++) state = applyRating(state, 'good', state.due);
    const before = state;
    const after = applyRating(before, 'again', before.due);
    expect(after.phase).toBe('relearning');
    expect(after.stability).toBeLessThan(before.stability);
    expect(after.lapses).toBe(before.lapses + 1);
    expect(after.due.getTime() - before.due.getTime()).toBeLessThan(before.scheduledDays * DAY);
  });

  it('is deterministic: the same history gives the same state', () => {
    const run = (): CardState => {
      let s = newCardState(T0);
      for (const [r, d] of [['good', 0], ['good', 1], ['hard', 3], ['again', 9], ['good', 10]] as const) s = applyRating(s, r, new Date(T0.getTime() + d * DAY));
      return s;
    };
    expect(run()).toEqual(run());
  });

  it('flags a leech after 8 lapses, not 7', () => {
    let { state } = graduate();
    for (let lapse = 1; lapse <= 8; lapse++) {
      state = applyRating(state, 'again', state.due);
      while (state.phase !== 'review') state = applyRating(state, 'good', state.due);
      expect(isLeech(state)).toBe(lapse >= 8);
    }
  });
});

describe('previewRatings', () => {
  it('orders the four intervals Again ≤ Hard ≤ Good ≤ Easy for a new and a review card', () => {
    for (const state of [newCardState(T0), graduate().state]) {
      const at = new Date(Math.max(T0.getTime(), state.due.getTime()));
      const p = previewRatings(state, at);
      expect(p.again.intervalMs).toBeLessThanOrEqual(p.hard.intervalMs);
      expect(p.hard.intervalMs).toBeLessThanOrEqual(p.good.intervalMs);
      expect(p.good.intervalMs).toBeLessThan(p.easy.intervalMs);
      expect(p.good.due).toEqual(applyRating(state, 'good', at).due);
    }
  });

  it('shows a new card as Anki does with default steps', () => {
    const p = previewRatings(newCardState(T0), T0);
    expect([p.again, p.hard, p.good].map((x) => formatInterval(x.intervalMs))).toEqual(['1m', '6m', '10m']);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '<1m'],
    [60_000, '1m'],
    [10 * 60_000, '10m'],
    [3 * 3_600_000, '3h'],
    [4 * DAY, '4d'],
    [63 * DAY, '2.1mo'],
    [500 * DAY, '1.4y'],
    // Each unit starts exactly at its boundary.
    [60 * 60_000, '1h'],
    [24 * 3_600_000, '1d'],
    [30 * DAY, '1.0mo'],
    [365 * DAY, '1.0y'],
  ])('%i ms → %s', (ms, text) => expect(formatInterval(ms)).toBe(text));
});

describe('fuzz', () => {
  /** Rates Good at each due date, `n` times, with the documented seed; returns the due dates. */
  function goods(key: string, n: number): Date[] {
    let state = newCardState(T0);
    const dues: Date[] = [];
    for (let i = 0; i < n; i++) {
      state = applyRating(state, 'good', new Date(Math.max(T0.getTime(), state.due.getTime())), { seed: fuzzSeed(key, state.reps) });
      dues.push(state.due);
    }
    return dues;
  }

  it('matches ts-fsrs called directly with fuzz on and the seed `<key>#<reviews so far>`', () => {
    const f = fsrs({ request_retention: 0.9, enable_fuzz: true });
    let card: Card = createEmptyCard(T0);
    const direct: Date[] = [];
    for (let i = 0; i < 8; i++) {
      const seed = `d/c7#${card.reps}`;
      f.useStrategy(StrategyMode.SEED, () => seed);
      card = f.next(card, new Date(Math.max(T0.getTime(), card.due.getTime())), Rating.Good).card;
      direct.push(card.due);
    }
    expect(goods('d/c7', 8)).toEqual(direct);
    expect(fuzzSeed('d/c7', 3)).toBe('d/c7#3');
  });

  it('is the same for the same card and review count, and spreads cards learned together', () => {
    expect(goods('d/c1', 6)).toEqual(goods('d/c1', 6));
    const last = Array.from({ length: 20 }, (_, i) => goods(`d/c${i}`, 6).at(-1)!.getTime());
    expect(new Set(last).size).toBeGreaterThan(5);
    // Without a seed there is no fuzz: all twenty come due together.
    let plain = newCardState(T0);
    for (let i = 0; i < 6; i++) plain = applyRating(plain, 'good', new Date(Math.max(T0.getTime(), plain.due.getTime())));
    expect(last).not.toContain(undefined);
    expect(Math.min(...last)).toBeLessThan(plain.due.getTime());
    expect(Math.max(...last)).toBeGreaterThan(plain.due.getTime());
  });

  it('uses the learning steps it is given', () => {
    const s = applyRating(newCardState(T0), 'again', T0, { learningSteps: ['5m', '1h'] });
    expect(s.due.getTime() - T0.getTime()).toBe(5 * 60_000);
  });
});
