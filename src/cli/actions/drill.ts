import { DrillbitError } from '../../core/errors.js';
import type { DrillOptions } from '../commands/drill.js';

export async function runDrill(_id: string, _options: DrillOptions): Promise<void> {
  throw new DrillbitError('"drill" is not available yet in this build');
}
