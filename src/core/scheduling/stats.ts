/**
 * Review statistics, computed from card states and per-day tallies. Pure:
 * `now` and the day start are arguments.
 */
import { isLeech, type CardState } from './card-state.js';
import { dayKey, dayKeyOffset, endOfDay } from './day.js';

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
  dueToday: number;
}

export interface Stats {
  totalReviews: number;
  reviewsToday: number;
  /** Cards due by the end of today (overdue included). */
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
  /** Cards due per day for the next 30 days, today first (overdue counted today). */
  dueForecast: { day: string; due: number }[];
}

export interface StatsInput {
  cards: readonly { deckId: string; state?: CardState | undefined }[];
  days: Readonly<Record<string, DayTally>>;
  totalReviews: number;
  now: Date;
  dayStartHour: number;
  leechLapses: number;
}

const emptyCounts = (): CardCounts => ({ new: 0, learning: 0, review: 0, relearning: 0, leech: 0 });

function countInto(counts: CardCounts, state: CardState | undefined, leechLapses: number): void {
  counts[state?.phase ?? 'new']++;
  if (state && isLeech(state, leechLapses)) counts.leech++;
}

export function computeStats(input: StatsInput): Stats {
  const { now, dayStartHour: h } = input;
  const today = dayKey(now, h);
  const dayEnds = Array.from({ length: 30 }, (_, i) => endOfDay(now, h, i).getTime());
  const forecast = new Array<number>(30).fill(0);
  const cards = emptyCounts();
  const decks = new Map<string, DeckStats>();
  for (const { deckId, state } of input.cards) {
    countInto(cards, state, input.leechLapses);
    const deck = decks.get(deckId) ?? { deckId, cards: emptyCounts(), dueToday: 0 };
    decks.set(deckId, deck);
    countInto(deck.cards, state, input.leechLapses);
    if (!state || state.phase === 'new') continue;
    const i = dayEnds.findIndex((end) => state.due.getTime() < end);
    if (i === 0) deck.dueToday++;
    if (i >= 0) forecast[i]!++;
  }
  const reviewsPerDay = Array.from({ length: 365 }, (_, i) => {
    const day = dayKeyOffset(now, i - 364, h);
    return { day, reviews: input.days[day]?.reviews ?? 0 };
  });
  let streakDays = 0;
  for (let i = (input.days[today]?.reviews ?? 0) > 0 ? 0 : 1; (input.days[dayKeyOffset(now, -i, h)]?.reviews ?? 0) > 0; i++) streakDays++;
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
