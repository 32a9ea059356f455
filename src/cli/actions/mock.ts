/**
 * `drillbit mock [--minutes M] [--questions N] [--tags a,b] [--mix weak|even]
 * [--seed N] [--plain] [--pull]`: builds the interview (or resumes the saved
 * one), runs it in the TUI or line by line, and prints the report. The
 * review schedule is read (for --mix weak) and never written, unless --pull.
 */
import { buildPlan } from '../../core/mock/plan.js';
import type { MockPlan } from '../../core/mock/types.js';
import { UsageError } from '../../core/errors.js';
import { dataDir } from '../../store/data-dir.js';
import { clearMockDraft, loadMockDraft, type MockDraft } from '../../store/mock-draft.js';
import type { MockCommandOptions } from '../commands/mock.js';
import { loadDecks, loadDrills } from '../content.js';
import { now, nowMs } from '../clock.js';
import { LineQueue } from './drill-lines.js';
import { readYesNo } from './drill-plain.js';
import { MockSession } from './mock-session.js';
import { pullCards, pulledLine } from './mock-pull.js';
import type { MockContent } from '../../core/mock/grader.js';
import { commandName } from '../command-name.js';

export const MAX_MINUTES = 240;

async function content(): Promise<MockContent> {
  const [decks, drills] = await Promise.all([loadDecks(), loadDrills()]);
  return { decks, design: drills.find((d) => d.id === 'deployment-sketch') };
}

/** The interview the options describe (throws a UsageError for bad ones). */
export async function planFor(options: MockCommandOptions, dir: string, source: MockContent): Promise<MockPlan> {
  const minutes = options.minutes ?? 30;
  if (minutes > MAX_MINUTES) throw new UsageError(`--minutes ${minutes} is too long; a mock interview lasts at most ${MAX_MINUTES} minutes`);
  const mix = options.mix ?? 'even';
  const at = now();
  const weakness = mix === 'weak' ? (await import('./mock-weakness.js')).weaknessOf(dir, source.decks, at) : undefined;
  const seed = options.seed ?? nowMs() >>> 0;
  return buildPlan({ decks: source.decks, design: source.design, options: { minutes, questions: options.questions, tags: options.tags, mix, seed }, weakness });
}

async function offerDraft(draft: MockDraft, lines: LineQueue, write: (t: string) => void): Promise<boolean> {
  write(`A mock interview was saved with ${draft.plan.questions.length} questions (${draft.progress.queue.length} to go). resume? [Y/n] `);
  for (;;) {
    const reply = await lines.next();
    write('\n');
    const yes = reply === null ? true : readYesNo(reply);
    if (yes !== undefined) return yes;
    write('Answer y (resume the interview) or n (start a new one). resume? [Y/n] ');
  }
}

/** Ctrl-C, a closed terminal or a kill request: save the draft now and leave. */
function onInterrupt(session: MockSession): () => void {
  const stop = (signal: NodeJS.Signals): void => {
    session.save();
    process.stderr.write(`\ndrillbit: stopped (${signal}); your interview is saved. Run "${commandName()} mock" to resume it\n`);
    process.exit(130);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGHUP', 'SIGTERM'];
  for (const s of signals) process.on(s, stop);
  return () => signals.forEach((s) => process.off(s, stop));
}

async function runPlain(options: MockCommandOptions, dir: string, source: MockContent, plan: MockPlan): Promise<void> {
  const write = (t: string): void => void process.stdout.write(t);
  const lines = new LineQueue();
  const draft = loadMockDraft(dir);
  const resume = draft ? await offerDraft(draft, lines, write) : false;
  if (draft && !resume) clearMockDraft(dir);
  const session = resume ? new MockSession(draft!.plan, dir, source, nowMs, draft) : new MockSession(plan, dir, source);
  const detach = onInterrupt(session);
  const { runPlainInterview } = await import('./mock-plain.js');
  const attempt = await runPlainInterview(session, lines, write, resume);
  lines.close();
  detach();
  if (!attempt) {
    process.stderr.write(`drillbit: input ended before the interview did; your answers are saved. Run "${commandName()} mock" to resume it\n`);
    process.exitCode = 1;
    return;
  }
  if (options.pull) write(`${pulledLine(pullCards(dir, source.decks, attempt.study))}\n`);
}

export async function runMock(options: MockCommandOptions & { color?: boolean }): Promise<void> {
  const dir = dataDir();
  const source = await content();
  // Built first so a bad option is reported before anything else happens.
  const plan = await planFor(options, dir, source);
  if (process.stdin.isTTY && !options.plain) {
    process.env['NODE_ENV'] ??= 'production';
    const { runMockTui } = await import('./mock-tui.js');
    return runMockTui(options, dir, source, plan);
  }
  return runPlain(options, dir, source, plan);
}
