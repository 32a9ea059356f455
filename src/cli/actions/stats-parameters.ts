/** The `parameters:` line of `drillbit stats`: fitted or default FSRS parameters, and how well they predict. */
import type { FittedParameters } from '../../core/scheduling/fitted-parameters.js';
import { MIN_REVIEWS } from '../../core/scheduling/optimize.js';
import { groupDigits } from '../../core/group-digits.js';
import { commandName } from '../command-name.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function parametersText(p: FittedParameters | undefined): string {
  if (!p) return `parameters: FSRS-6 defaults (${commandName()} optimize fits them to your history once it has ${groupDigits(MIN_REVIEWS)} reviews)`;
  const retention = p.predictedRetention !== undefined && p.actualRetention !== undefined ? `; predicted retention ${pct(p.predictedRetention)}, actual ${pct(p.actualRetention)}` : '';
  return `parameters: fitted on ${groupDigits(p.reviews)} reviews (${p.fittedAt.slice(0, 10)}); held-out log loss ${p.logLoss.toFixed(4)} (was ${p.previousLogLoss.toFixed(4)}), RMSE ${p.rmse.toFixed(4)} (was ${p.previousRmse.toFixed(4)})${retention}`;
}

/** The same for `stats --json`. */
export const parametersJson = (p: FittedParameters | undefined): object =>
  p ? { fitted: true, reviews: p.reviews, fittedAt: p.fittedAt, logLoss: p.logLoss, rmse: p.rmse, previousLogLoss: p.previousLogLoss, previousRmse: p.previousRmse, predictedRetention: p.predictedRetention ?? null, actualRetention: p.actualRetention ?? null } : { fitted: false };
