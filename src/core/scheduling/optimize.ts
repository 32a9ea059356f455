/**
 * `drillbit optimize` as a procedure over an injected optimizer (the native
 * fsrs-rs binding in the CLI, a fake in tests): build training items, fit on
 * the older 80 %, judge fitted against current parameters on the newest 20 %,
 * and keep the fit — refitted on everything — only when it is better on both
 * log loss and RMSE. Pure apart from what the optimizer does.
 */
import { DrillbitError } from '../errors.js';
import type { FittedParameters } from './fitted-parameters.js';
import { countsForTraining, retentionFigures, timeSeriesSplit, trainingItems, type HistoryReview, type TrainingItem } from './training-items.js';
import { groupDigits } from '../group-digits.js';

/** Below this many reviews a fit says more about noise than about the learner. */
export const MIN_REVIEWS = 1000;

export interface Evaluation {
  logLoss: number;
  rmse: number;
}

export interface OptimizerPort {
  fit(items: readonly TrainingItem[]): Promise<number[]>;
  evaluate(items: readonly TrainingItem[], w?: readonly number[]): Evaluation;
}

export interface OptimizeResult {
  reviews: number;
  trainItems: number;
  testItems: number;
  current: Evaluation;
  fitted: Evaluation;
  /** Present when the fit won and should be stored. */
  kept?: FittedParameters | undefined;
}

export async function optimize(history: readonly HistoryReview[], current: readonly number[] | undefined, optimizer: OptimizerPort, now: Date, dayStartHour = 4): Promise<OptimizeResult> {
  const reviews = history.filter(countsForTraining).length;
  if (reviews < MIN_REVIEWS) {
    throw new DrillbitError(`optimize needs at least ${groupDigits(MIN_REVIEWS)} reviews of your own to fit parameters; the history has ${groupDigits(reviews)} (team and mock answers do not count), so scheduling keeps its current parameters`);
  }
  const items = trainingItems(history, dayStartHour);
  const split = timeSeriesSplit(items);
  const train = split.train;
  // Judged on spaced outcomes only: fsrs-rs cannot score a same-day step (and neither is what scheduling decides).
  const test = split.test.filter((i) => i.reviews[i.reviews.length - 1]!.deltaT > 0);
  const trial = await optimizer.fit(train);
  const fitted = optimizer.evaluate(test, trial);
  const before = optimizer.evaluate(test, current);
  const result: OptimizeResult = { reviews, trainItems: train.length, testItems: test.length, current: before, fitted };
  if (!(fitted.logLoss < before.logLoss && fitted.rmse < before.rmse)) return result;
  const w = await optimizer.fit(items);
  const retention = retentionFigures(test, w);
  result.kept = {
    w,
    reviews,
    fittedAt: now.toISOString(),
    logLoss: fitted.logLoss,
    rmse: fitted.rmse,
    previousLogLoss: before.logLoss,
    previousRmse: before.rmse,
    ...(retention.count ? { predictedRetention: retention.predicted, actualRetention: retention.actual } : {}),
  };
  return result;
}
