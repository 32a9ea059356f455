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
import { commandName } from '../command-name.js';

export async function runMockTui(options: MockCommandOptions & { color?: boolean }, dir: string, source: MockContent, plan: MockPlan): Promise<void> {
  const draft = loadMockDraft(dir);
  const { runMockTui: run } = await import('../../tui/mock.js');
  let session: MockSession | undefined;
  // A closed terminal or a kill request: save now (Ctrl-C and Esc are keys the screen handles).
  const stop = (signal: NodeJS.Signals): void => {
    if (session && !session.done) session.save();
    process.stderr.write(`\ndrillbit: stopped (${signal}); your interview is saved. Run "${commandName()} mock" to resume it\n`);
    process.exit(130);
  };
  const signals: NodeJS.Signals[] = ['SIGHUP', 'SIGTERM'];
  for (const s of signals) process.on(s, stop);
  try {
    await run({
      color: options.color,
      command: commandName(),
      draft: draft ? { questions: draft.plan.questions.length, toGo: draft.progress.queue.length } : undefined,
      start: (resume) => {
        if (draft && !resume) clearMockDraft(dir);
        session = draft && resume ? new MockSession(draft.plan, dir, source, nowMs, draft) : new MockSession(plan, dir, source);
        return session;
      },
      afterFinish: options.pull ? (attempt) => [pulledLine(pullCards(dir, source.decks, attempt.study))] : undefined,
    });
  } finally {
    for (const s of signals) process.off(s, stop);
  }
}
