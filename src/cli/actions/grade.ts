import { DrillbitError } from '../../core/errors.js';
import type { GradeOptions } from '../commands/grade.js';

export async function runGrade(_options: GradeOptions): Promise<void> {
  if (_options.drill !== undefined) {
    const { runGradeDrill } = await import('./grade-drill.js');
    return runGradeDrill(_options);
  }
  throw new DrillbitError('"grade" is not available yet in this build');
}
