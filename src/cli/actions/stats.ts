import { DrillbitError } from '../../core/errors.js';
import type { StatsOptions } from '../commands/stats.js';

export async function runStats(_options: StatsOptions): Promise<void> {
  throw new DrillbitError('"stats" is not available yet in this build');
}
