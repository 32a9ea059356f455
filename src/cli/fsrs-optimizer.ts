/**
 * The FSRS optimizer (fsrs-rs through @open-spaced-repetition/binding's
 * prebuilt linux-x64 module), loaded only by `drillbit optimize`. The
 * platform package is an optional dependency: elsewhere `optimize` says so in
 * one line and scheduling keeps its parameters.
 */
import { createRequire } from 'node:module';
import { DrillbitError } from '../core/errors.js';
import type { TrainingItem } from '../core/scheduling/training-items.js';

const PACKAGE = '@open-spaced-repetition/binding-linux-x64-gnu';

interface Native {
  FSRSBindingReview: new (rating: number, deltaT: number) => object;
  FSRSBindingItem: new (reviews: object[]) => object;
  FSRSBinding: new (parameters?: number[]) => { evaluate(items: object[]): { logLoss: number; rmseBins: number } };
  computeParameters(items: object[], options?: { enableShortTerm: boolean; numRelearningSteps?: number }): Promise<number[]>;
}

/** How well parameters predict a set of reviews (lower is better). */
export interface Evaluation {
  logLoss: number;
  rmse: number;
}

export interface Optimizer {
  fit(items: readonly TrainingItem[]): Promise<number[]>;
  /** `w` undefined: the defaults. */
  evaluate(items: readonly TrainingItem[], w?: readonly number[]): Evaluation;
}

export function loadOptimizer(): Optimizer {
  let native: Native;
  try {
    native = createRequire(import.meta.url)(PACKAGE) as Native;
  } catch {
    const where = `${process.platform}-${process.arch}`;
    throw new DrillbitError(
      where === 'linux-x64'
        ? `the FSRS optimizer (${PACKAGE}) is not installed or does not load here; run "npm ci" again (scheduling keeps its current parameters)`
        : `the FSRS optimizer ships prebuilt for linux-x64 only, and this is ${where}; scheduling keeps its current parameters`,
    );
  }
  const toNative = (items: readonly TrainingItem[]): object[] =>
    items.map((item) => new native.FSRSBindingItem(item.reviews.map((r) => new native.FSRSBindingReview(r.rating, r.deltaT))));
  return {
    fit: (items) => native.computeParameters(toNative(items), { enableShortTerm: true }),
    evaluate(items, w) {
      const e = new native.FSRSBinding(w ? [...w] : undefined).evaluate(toNative(items));
      return { logLoss: e.logLoss, rmse: e.rmseBins };
    },
  };
}
