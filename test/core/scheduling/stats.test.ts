import { describe, expect, it } from 'vitest';
import { computeStats, type DayTally } from '../../../src/core/scheduling/stats.js';
import { dayKey, dayKeyOffset, endOfDay } from '../../../src/core/scheduling/day.js';
import { newCardState, type CardState } from '../../../src/core/scheduling/card-state.js';

// Local-time noon, so the tests hold in any time zone.
const NOW = new Date(2026, 2, 10, 12, 0, 0);
const tally = (reviews: number, reviewPhase = 0, reviewPhasePassed = 0): DayTally => ({ reviews, newCards: 0, reviewPhase, reviewPhasePassed });
const due = (phase: CardState['phase'], d: Date, lapses = 0): CardState => ({ ...newCardState(NOW), phase, due: d, lapses, stability: 3 });

describe('day keys', () => {
  it('counts a 1 am review for the previous day with the default 4 am day start', () => {
    expect(dayKey(new Date(2026, 2, 10, 1, 0), 4)).toBe('2026-03-09');
    expect(dayKey(new Date(2026, 2, 10, 4, 0), 4)).toBe('2026-03-10');
    expect(dayKey(new Date(2026, 2, 10, 1, 0), 0)).toBe('2026-03-10');
    expect(endOfDay(NOW, 4)).toEqual(new Date(2026, 2, 11, 4));
    expect(dayKeyOffset(NOW, -10, 4)).toBe('2026-02-28');
    // At 1 am the learner is still on the day before: offsets count from that day.
    const oneAm = new Date(2026, 2, 10, 1, 0);
    expect([dayKeyOffset(oneAm, 0, 4), dayKeyOffset(oneAm, 1, 4), dayKeyOffset(oneAm, -1, 4)]).toEqual(['2026-03-09', '2026-03-10', '2026-03-08']);
  });
});

describe('computeStats', () => {
  const days: Record<string, DayTally> = {
    '2026-03-10': tally(5, 4, 3),
    '2026-03-09': tally(2, 2, 2),
    '2026-03-08': tally(1),
    '2026-03-06': tally(7, 4, 4),
    '2026-01-01': tally(9, 10, 0),
  };
  const cards = [
    { deckId: 'a', state: undefined },
    { deckId: 'a', state: due('review', new Date(2026, 2, 1)) },
    { deckId: 'a', state: due('learning', new Date(2026, 2, 10, 12, 5)) },
    { deckId: 'b', state: due('review', new Date(2026, 2, 11, 9)) },
    { deckId: 'b', state: due('relearning', new Date(2026, 2, 15, 9), 8) },
    { deckId: 'b', state: due('review', new Date(2026, 5, 1)) },
  ];
  // Computed inside each test (not while the file is collected), so a mutation tool's per-test mutant is in force.
  const stats = () => computeStats({ cards, days, totalReviews: 24, now: NOW, dayStartHour: 4, leechLapses: 8 });

  it('counts reviews, streak and 30-day retention on review-phase cards', () => {
    const s = stats();
    expect([s.totalReviews, s.reviewsToday, s.streakDays]).toEqual([24, 5, 3]);
    expect(s.retention).toBeCloseTo(9 / 10);
  });

  it('counts due cards today (overdue included), tomorrow and within 7 days', () => {
    const s = stats();
    expect([s.dueNow, s.dueToday, s.dueTomorrow, s.dueNext7Days]).toEqual([2, 2, 1, 4]);
    expect(s.dueForecast).toHaveLength(30);
    expect(s.dueForecast.slice(0, 6).map((d) => d.due)).toEqual([2, 1, 0, 0, 0, 1]);
    expect(s.dueForecast[0]!.day).toBe('2026-03-10');
  });

  it('counts cards by state, leeches and per deck', () => {
    const s = stats();
    expect(s.cards).toEqual({ new: 1, learning: 1, review: 3, relearning: 1, leech: 1 });
    expect(s.decks.map((d) => [d.deckId, d.dueToday, d.cards.new, d.cards.leech])).toEqual([
      ['a', 2, 1, 0],
      ['b', 0, 0, 1],
    ]);
  });

  it('lists 365 days of review counts ending today', () => {
    const s = stats();
    expect(s.reviewsPerDay).toHaveLength(365);
    expect(s.reviewsPerDay.at(-1)).toEqual({ day: '2026-03-10', reviews: 5 });
    expect(s.reviewsPerDay.find((d) => d.day === '2026-01-01')!.reviews).toBe(9);
  });

  it('keeps the streak alive when today has no reviews yet, and has no retention without review-phase reviews', () => {
    const t = computeStats({ cards: [], days: { '2026-03-09': tally(1), '2026-03-08': tally(1) }, totalReviews: 2, now: NOW, dayStartHour: 4, leechLapses: 8 });
    expect([t.streakDays, t.retention]).toEqual([2, null]);
  });

  it('uses the one definition of due now: reviews due by the end of the learner\'s day, steps within the learn-ahead window', () => {
    const list = [
      { deckId: 'a', state: due('review', new Date(2026, 2, 11, 3, 59)) }, // before tomorrow's 4 am day start: today
      { deckId: 'a', state: due('review', new Date(2026, 2, 11, 4)) }, // tomorrow
      { deckId: 'a', state: due('learning', new Date(2026, 2, 10, 12, 20)) }, // within 20 minutes: now
      { deckId: 'a', state: due('learning', new Date(2026, 2, 10, 15)) }, // later today
    ];
    const t = computeStats({ cards: list, days: {}, totalReviews: 0, now: NOW, dayStartHour: 4, leechLapses: 8 });
    expect([t.dueNow, t.dueToday, t.dueTomorrow]).toEqual([2, 3, 1]);
    expect(t.decks.map((d) => [d.dueNow, d.dueToday])).toEqual([[2, 3]]);
    expect(t.dueForecast[0]!.due).toBe(t.dueToday);
  });

  it('counts a sitting that ran past the day start as one streak day, not two', () => {
    // Yesterday's sitting went on past 4 am: today's reviews so far are all its tail.
    const carried = { ...tally(18), carried: 18 };
    const t = computeStats({ cards: [], days: { '2026-03-10': carried, '2026-03-09': tally(2) }, totalReviews: 20, now: NOW, dayStartHour: 4, leechLapses: 8 });
    expect([t.streakDays, t.reviewsToday]).toEqual([1, 18]);
    const more = computeStats({ cards: [], days: { '2026-03-10': { ...carried, reviews: 19 }, '2026-03-09': tally(2) }, totalReviews: 21, now: NOW, dayStartHour: 4, leechLapses: 8 });
    expect(more.streakDays).toBe(2);
  });
});
