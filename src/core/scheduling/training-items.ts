/**
 * A learner's review history as FSRS training data: per card, the ratings in
 * order with the days between them (learner's days, day start applied), one
 * item per review after the first, as fsrs-rs expects. Team and mock answers
 * are not the learner's spaced practice and are left out. Pure.
 */
import { forgetting_curve, fsrs, default_w } from 'ts-fsrs';
import { dayKey } from './day.js';
import { RATINGS, type RatingName } from './rating.js';

/** One review as the optimizer sees it. */
export interface HistoryReview {
  key: string;
  at: Date;
  rating: RatingName;
  /** Where it happened: undefined (drillbit), `anki` (imported), `team`, `mock`. */
  source?: string | undefined;
}

/** A card's reviews up to one review; the last one is the outcome to predict. */
export interface TrainingItem {
  reviews: { rating: 1 | 2 | 3 | 4; deltaT: number }[];
  /** When the last review happened (epoch ms), for the time-series split. */
  at: number;
}

/** Sources that are not the learner's own spaced practice. */
export const EXCLUDED_SOURCES: ReadonlySet<string> = new Set(['team', 'mock']);

export const countsForTraining = (r: HistoryReview): boolean => r.source === undefined || !EXCLUDED_SOURCES.has(r.source);

const dayNumber = (at: Date, dayStartHour: number): number => {
  const [y, m, d] = dayKey(at, dayStartHour).split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
};

export function trainingItems(history: readonly HistoryReview[], dayStartHour = 4): TrainingItem[] {
  const byCard = new Map<string, HistoryReview[]>();
  for (const r of history) if (countsForTraining(r)) (byCard.get(r.key) ?? byCard.set(r.key, []).get(r.key)!).push(r);
  const items: TrainingItem[] = [];
  for (const reviews of byCard.values()) {
    reviews.sort((a, b) => a.at.getTime() - b.at.getTime());
    const steps = reviews.map((r, i) => ({
      rating: (RATINGS.indexOf(r.rating) + 1) as 1 | 2 | 3 | 4,
      deltaT: i === 0 ? 0 : dayNumber(r.at, dayStartHour) - dayNumber(reviews[i - 1]!.at, dayStartHour),
    }));
    // fsrs-rs needs a day or more between two of an item's reviews: same-day learning steps alone teach it nothing.
    for (let i = 1; i < steps.length; i++) {
      const upTo = steps.slice(0, i + 1);
      if (upTo.some((s) => s.deltaT > 0)) items.push({ reviews: upTo, at: reviews[i]!.at.getTime() });
    }
  }
  return items;
}

/** Oldest items to fit on, the newest `testFraction` held out to judge: no peeking at the future. */
export function timeSeriesSplit(items: readonly TrainingItem[], testFraction = 0.2): { train: TrainingItem[]; test: TrainingItem[] } {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const cut = Math.round(sorted.length * (1 - testFraction));
  return { train: sorted.slice(0, cut), test: sorted.slice(cut) };
}

/**
 * Mean predicted recall against the actual pass rate, over items whose last
 * review came a day or more after the one before (spaced reviews), with
 * parameters `w` (default: ts-fsrs's).
 */
export function retentionFigures(items: readonly TrainingItem[], w?: readonly number[]): { predicted: number; actual: number; count: number } {
  const params = w ? [...w] : [...default_w];
  const f = fsrs({ w: params });
  let predicted = 0;
  let passed = 0;
  let count = 0;
  for (const item of items) {
    const last = item.reviews[item.reviews.length - 1]!;
    if (last.deltaT < 1) continue;
    let state = null;
    for (const r of item.reviews.slice(0, -1)) state = f.next_state(state, r.deltaT, r.rating);
    if (!state) continue;
    predicted += forgetting_curve(params, last.deltaT, state.stability);
    passed += last.rating > 1 ? 1 : 0;
    count++;
  }
  return count ? { predicted: predicted / count, actual: passed / count, count } : { predicted: Number.NaN, actual: Number.NaN, count: 0 };
}
