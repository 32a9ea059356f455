import { DrillbitError } from '../../core/errors.js';
import type { GradeOptions } from '../commands/grade.js';

/** STUB: the drills engineer replaces this with drill-attempt grading. */
export async function runGradeDrill(_options: GradeOptions): Promise<void> {
  throw new DrillbitError('"grade --drill" is not available yet in this build; use "drillbit drill <id>" to run and grade a drill');
}
