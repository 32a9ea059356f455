/**
 * Review statistics, computed from card states and per-day tallies. Pure:
 * `now` and the day start are arguments.
 */
import { isLeech, type CardState } from './card-state.js';
import { dayKey, dayKeyOffset, endOfDay } from './day.js';
import { isDueNow, type DueSettings } from './due.js';

/** What happened on one learner's day. */
export interface DayTally {
  /** Reviews recorded. */
  reviews: number;
  /** Cards seen for the first time. */
  newCards: number;
  /** Reviews of cards that were in review phase (the base of true retention). */
  reviewPhase: number;
  /** Of those, how many were not rated Again. */
  reviewPhasePassed: number;
  /**
   * Reviews made in a sitting begun on the day before (it ran past the day
   * start): they count for today's limits, but not as a day of the streak.
   */
  carried?: number | undefined;
}

export interface CardCounts {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  leech: number;
}

export interface DeckStats {
  deckId: string;
  cards: CardCounts;
  /** Due now (due.ts): what a review of this deck serves, before the daily limits. */
  dueNow: number;
  /** Due now, plus learning steps that come due later today. */
  dueToday: number;
}

export interface Stats {
  totalReviews: number;
  reviewsToday: number;
  /** Due now (due.ts): reviews due by the end of the learner's day, learning steps due within the learn-ahead window. */
  dueNow: number;
  /** Due now, plus learning steps that come due later today. */
  dueToday: number;
  /** Due by the end of tomorrow, not already due today. */
  dueTomorrow: number;
  /** Due within the next 7 days (today included). */
  dueNext7Days: number;
  /** Consecutive days with at least one review, ending today (or yesterday when today has none yet). */
  streakDays: number;
  /** Pass rate on reviews of cards in review phase over the last 30 days; null with no such reviews. */
  retention: number | null;
  cards: CardCounts;
  decks: DeckStats[];
  /** Reviews per day for the last 365 days, oldest first, today last. */
  reviewsPerDay: { day: string; reviews: number }[];
  /** Cards due per day for the next 30 days, today first (today: dueToday, overdue included). */
  dueForecast: { day: string; due: number }[];
}

export interface StatsInput {
  cards: readonly { deckId: string; state?: CardState | undefined }[];
  days: Readonly<Record<string, DayTally>>;
  totalReviews: number;
  now: Date;
  dayStartHour: number;
  /** A learning step due within this window counts as due now (default 20 min). */
  learnAheadMs?: number | undefined;
  leechLapses: number;
}

const emptyCounts = (): CardCounts => ({ new: 0, learning: 0, review: 0, relearning: 0, leech: 0 });

function countInto(counts: CardCounts, state: CardState | undefined, leechLapses: number): void {
  counts[state?.phase ?? 'new']++;
  if (state && isLeech(state, leechLapses)) counts.leech++;
}

export function computeStats(input: StatsInput): Stats {
  const { now, dayStartHour: h } = input;
  const due: DueSettings = { dayStartHour: h, learnAheadMs: input.learnAheadMs ?? 20 * 60_000 };
  let dueNow = 0;
  const today = dayKey(now, h);
  const dayEnds = Array.from({ length: 30 }, (_, i) => endOfDay(now, h, i).getTime());
  const forecast = new Array<number>(30).fill(0);
  const cards = emptyCounts();
  const decks = new Map<string, DeckStats>();
  for (const { deckId, state } of input.cards) {
    countInto(cards, state, input.leechLapses);
    const deck = decks.get(deckId) ?? { deckId, cards: emptyCounts(), dueNow: 0, dueToday: 0 };
    decks.set(deckId, deck);
    countInto(deck.cards, state, input.leechLapses);
    if (!state || state.phase === 'new') continue;
    // Due now is today whatever its clock time; the rest fall on the day their due time is in.
    const now_ = isDueNow(state, now, due);
    if (now_) {
      dueNow++;
      deck.dueNow++;
    }
    const i = now_ ? 0 : dayEnds.findIndex((end) => state.due.getTime() < end);
    if (i === 0) deck.dueToday++;
    if (i >= 0) forecast[i]!++;
  }
  const reviewsPerDay = Array.from({ length: 365 }, (_, i) => {
    const day = dayKeyOffset(now, i - 364, h);
    return { day, reviews: input.days[day]?.reviews ?? 0 };
  });
  let streakDays = 0;
  // A day counts when it had reviews of its own (not only the tail of a sitting begun the day before).
  const studied = (t: DayTally | undefined): boolean => !!t && t.reviews - (t.carried ?? 0) > 0;
  for (let i = studied(input.days[today]) ? 0 : 1; studied(input.days[dayKeyOffset(now, -i, h)]); i++) streakDays++;
  let base = 0;
  let passed = 0;
  for (let i = 0; i < 30; i++) {
    const t = input.days[dayKeyOffset(now, -i, h)];
    base += t?.reviewPhase ?? 0;
    passed += t?.reviewPhasePassed ?? 0;
  }
  return {
    totalReviews: input.totalReviews,
    reviewsToday: input.days[today]?.reviews ?? 0,
    dueNow,
    dueToday: forecast[0]!,
    dueTomorrow: forecast[1]!,
    dueNext7Days: forecast.slice(0, 7).reduce((a, b) => a + b, 0),
    streakDays,
    retention: base ? passed / base : null,
    cards,
    decks: [...decks.values()],
    reviewsPerDay,
    dueForecast: forecast.map((due, i) => ({ day: dayKeyOffset(now, i, h), due })),
  };
}
