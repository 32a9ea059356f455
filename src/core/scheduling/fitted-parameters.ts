/**
 * FSRS-6 parameters fitted to one learner's history by `drillbit optimize`,
 * kept in settings.json with the figures that justified keeping them.
 */
export interface FittedParameters {
  /** The 21 FSRS-6 weights. */
  w: number[];
  /** Reviews the fit used. */
  reviews: number;
  /** When they were fitted (ISO). */
  fittedAt: string;
  /** Log loss and RMSE (bins) of these parameters on the held-out tail of the history. */
  logLoss: number;
  rmse: number;
  /** The same figures for the parameters they replaced. */
  previousLogLoss: number;
  previousRmse: number;
  /** On the held-out tail's spaced reviews: mean predicted recall and the actual pass rate. */
  predictedRetention?: number | undefined;
  actualRetention?: number | undefined;
}

export const FSRS6_PARAMETER_COUNT = 21;

/** Whether two parameter sets (undefined: the defaults) are the same. */
export function sameParameters(a: readonly number[] | undefined | null, b: readonly number[] | undefined | null): boolean {
  if (!a || !b) return !a && !b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
