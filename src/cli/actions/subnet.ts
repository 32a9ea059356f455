import { DrillbitError } from '../../core/errors.js';
import type { SubnetOptions } from '../commands/subnet.js';

export async function runSubnet(_options: SubnetOptions): Promise<void> {
  throw new DrillbitError('"subnet" is not available yet in this build');
}
