/** Hands a mock interview to the TUI (placeholder until the TUI lands: plain mode). */
import type { MockContent } from '../../core/mock/grader.js';
import type { MockPlan } from '../../core/mock/types.js';
import type { MockCommandOptions } from '../commands/mock.js';

export async function runMockTui(options: MockCommandOptions, dir: string, source: MockContent, plan: MockPlan): Promise<void> {
  void options; void dir; void source; void plan;
  throw new Error('not yet');
}
