import { DrillbitError } from '../../core/errors.js';
import type { ReviewOptions } from '../commands/review.js';

export async function runReview(_options: ReviewOptions): Promise<void> {
  throw new DrillbitError('"review" is not available yet in this build');
}
