/**
 * Hands a mock interview to the TUI (src/tui/mock.tsx) with the same session
 * plain mode uses, so drafts, the clock and kept attempts match exactly.
 */
import type { MockContent } from '../../core/mock/grader.js';
import type { MockPlan } from '../../core/mock/types.js';
import { clearMockDraft, loadMockDraft } from '../../store/mock-draft.js';
import type { MockCommandOptions } from '../commands/mock.js';
import { nowMs } from '../clock.js';
import { MockSession } from './mock-session.js';
import { pullCards, pulledLine } from './mock-pull.js';

export async function runMockTui(options: MockCommandOptions & { color?: boolean }, dir: string, source: MockContent, plan: MockPlan): Promise<void> {
  const draft = loadMockDraft(dir);
  const { runMockTui: run } = await import('../../tui/mock.js');
  await run({
    color: options.color,
    draft: draft ? { questions: draft.plan.questions.length, toGo: draft.progress.queue.length } : undefined,
    start: (resume) => {
      if (draft && resume) return new MockSession(draft.plan, dir, source, nowMs, draft);
      if (draft) clearMockDraft(dir);
      return new MockSession(plan, dir, source);
    },
    afterFinish: options.pull ? (attempt) => [pulledLine(pullCards(dir, source.decks, attempt.study))] : undefined,
  });
}
