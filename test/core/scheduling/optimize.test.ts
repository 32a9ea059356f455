import { describe, expect, it } from 'vitest';
import { MIN_REVIEWS, optimize, type OptimizerPort } from '../../../src/core/scheduling/optimize.js';
import { retentionFigures, timeSeriesSplit, trainingItems, type HistoryReview, type TrainingItem } from '../../../src/core/scheduling/training-items.js';
import { RATINGS } from '../../../src/core/scheduling/rating.js';

const T0 = Date.parse('2026-01-05T10:00:00Z');
const DAY = 86_400_000;

/** `cards` cards, each reviewed every `gap` days, ratings cycling. */
function history(n: number, cards = 50, source?: string): HistoryReview[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `d/c${i % cards}`,
    at: new Date(T0 + Math.floor(i / cards) * 3 * DAY + (i % cards) * 60_000),
    rating: RATINGS[[2, 2, 1, 3, 0, 2][i % 6]!]!,
    ...(source ? { source } : {}),
  }));
}

const W = Array.from({ length: 21 }, (_, i) => 0.1 + i / 10);

function fake(fitted: { logLoss: number; rmse: number }, current: { logLoss: number; rmse: number }) {
  const calls: { fit: TrainingItem[][]; evaluate: (readonly number[] | undefined)[] } = { fit: [], evaluate: [] };
  const port: OptimizerPort = {
    fit: async (items) => (calls.fit.push([...items]), W),
    evaluate: (_, w) => (calls.evaluate.push(w), w === W ? fitted : current),
  };
  return { port, calls };
}

describe('trainingItems', () => {
  it('one item per review after the first, days between reviews on the learner\'s days; same-day-only items left out', () => {
    const h: HistoryReview[] = [
      { key: 'a', at: new Date('2026-01-05T10:00:00Z'), rating: 'good' },
      { key: 'a', at: new Date('2026-01-05T10:10:00Z'), rating: 'good' },
      { key: 'a', at: new Date('2026-01-08T09:00:00Z'), rating: 'again' },
      { key: 'a', at: new Date('2026-01-08T09:10:00Z'), rating: 'hard' },
      { key: 'b', at: new Date('2026-01-06T10:00:00Z'), rating: 'easy', source: 'team' },
      { key: 'b', at: new Date('2026-01-09T10:00:00Z'), rating: 'easy', source: 'mock' },
    ];
    const items = trainingItems(h, 0);
    expect(items.map((i) => i.reviews.map((r) => `${r.rating}@${r.deltaT}`).join(' '))).toEqual(['3@0 3@0 1@3', '3@0 3@0 1@3 2@0']);
  });

  it('the time-series split holds out the newest items', () => {
    const items = trainingItems(history(400), 4);
    const { train, test } = timeSeriesSplit(items);
    expect(train.length + test.length).toBe(items.length);
    expect(test.length).toBe(Math.round(items.length * 0.2));
    expect(Math.max(...train.map((i) => i.at))).toBeLessThanOrEqual(Math.min(...test.map((i) => i.at)));
  });

  it('retention figures: predicted recall within 0..1, actual = share not rated Again', () => {
    const f = retentionFigures(trainingItems(history(600)));
    expect(f.count).toBeGreaterThan(0);
    expect(f.predicted).toBeGreaterThan(0);
    expect(f.predicted).toBeLessThan(1);
    expect(f.actual).toBeCloseTo(5 / 6, 1);
  });
});

describe('optimize', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it(`refuses under ${MIN_REVIEWS} reviews, not counting team and mock answers`, async () => {
    const { port, calls } = fake({ logLoss: 0.1, rmse: 0.01 }, { logLoss: 0.2, rmse: 0.02 });
    const h = [...history(999), ...history(300, 50, 'team'), ...history(300, 50, 'mock')];
    await expect(optimize(h, undefined, port, now)).rejects.toThrow(
      'optimize needs at least 1,000 reviews of your own to fit parameters; the history has 999 (team and mock answers do not count), so scheduling keeps its current parameters',
    );
    expect(calls.fit).toEqual([]);
  });

  it('keeps the fit, refitted on everything, when it beats the current parameters on both figures', async () => {
    const { port, calls } = fake({ logLoss: 0.3, rmse: 0.04 }, { logLoss: 0.35, rmse: 0.06 });
    const r = await optimize([...history(1200), ...history(100, 50, 'anki')], undefined, port, now);
    expect(r.reviews).toBe(1300);
    expect(calls.fit).toHaveLength(2);
    expect(calls.fit[0]!.length).toBe(r.trainItems);
    expect(calls.fit[1]!.length).toBeGreaterThan(r.trainItems + r.testItems - 1);
    expect(calls.evaluate).toEqual([W, undefined]);
    expect(r.kept).toMatchObject({ w: W, reviews: 1300, fittedAt: '2026-06-01T00:00:00.000Z', logLoss: 0.3, rmse: 0.04, previousLogLoss: 0.35, previousRmse: 0.06 });
    expect(r.kept!.predictedRetention).toBeGreaterThan(0);
  });

  it.each([
    ['worse log loss', { logLoss: 0.36, rmse: 0.04 }],
    ['worse RMSE', { logLoss: 0.3, rmse: 0.07 }],
    ['equal', { logLoss: 0.35, rmse: 0.06 }],
  ])('does not keep a fit with %s; compares against the parameters in use', async (_, fitted) => {
    const current = W.map((x) => x * 2);
    const { port, calls } = fake(fitted, { logLoss: 0.35, rmse: 0.06 });
    const r = await optimize(history(1200), current, port, now);
    expect(r.kept).toBeUndefined();
    expect(calls.fit).toHaveLength(1);
    expect(calls.evaluate).toEqual([W, current]);
  });
});
