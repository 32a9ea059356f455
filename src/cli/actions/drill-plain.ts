/**
 * `drillbit drill <id> --plain`: line mode. Instructions, then each section
 * (or generated problem) in order with the time left; an empty line ends a
 * section's answer. Every line is drafted; at zero the attempt is submitted
 * as it stands; end of input before the last section keeps the draft.
 */
import type { Drill } from '../../core/deck/schema.js';
import { formatClock } from '../../core/drills/countdown.js';
import { ANSWER_CUT, MAX_ANSWER_CHARS } from '../../core/answer-input.js';
import { sanitize } from '../../core/grading/sanitize.js';
import { problemKey } from '../../core/drills/subnet-round.js';
import { clearDraft, loadDraft, type Draft } from '../../store/drafts.js';
import { DrillSession, type AttemptOutcome } from './drill-session.js';
import { LineQueue } from './drill-lines.js';
import { formatDrillResult, formatHistory, formatRoundResult } from './drill-report.js';
import { pulledForwardText } from '../../core/drills/pulled-text.js';
import { commandName } from '../command-name.js';

const say = (text = ''): void => void process.stdout.write(`${text}\n`);

/** Said once at the start: the terminal holds a line until Enter, so only entered lines reach the draft. */
export const SAVED_AS_ENTERED = 'Each line is saved as you enter it (press Enter); text on a line not yet entered is lost if you stop.';

/** How generated problems are answered (the problems end with ANSWER_FORMAT too). */
export const ONE_LINE_ANSWERS = 'One line per answer: the addresses needed in the busiest subnet, then the prefix (like "72 /25").';

/** What ended the answering. */
type Ending = 'done' | 'expired' | 'eof';

/** A question the learner answers, with its draft key. */
interface Item {
  key: string;
  heading: string;
  prompt: string;
  /** Generated problems take one line; sections run to an empty line. */
  oneLine: boolean;
}

export interface PlainDrillOptions {
  /** Seed for generated problems; a resumed draft keeps its own. */
  seed?: number | undefined;
  lines?: LineQueue;
}

/** A yes/no reply read: y, yes or empty is yes; n or no is no; anything else undefined. */
export function readYesNo(reply: string): boolean | undefined {
  const word = reply.trim().toLowerCase();
  if (word === '' || word === 'y' || word === 'yes') return true;
  if (word === 'n' || word === 'no') return false;
  return undefined;
}

/** Offers a saved draft back: the draft, or undefined for a fresh start. End of input keeps the draft. */
async function offerDraft(drill: Drill, dir: string, lines: LineQueue): Promise<Draft | undefined> {
  const draft = loadDraft(dir, drill.id);
  if (!draft) return undefined;
  process.stdout.write(`A draft of "${drill.title}" was saved with ${formatClock(draft.remainingMs)} left. resume? [Y/n] `);
  for (;;) {
    const reply = await lines.next();
    say();
    const yes = reply === null ? true : readYesNo(reply);
    if (yes === true) return draft;
    if (yes === false) {
      clearDraft(dir, drill.id);
      return undefined;
    }
    process.stdout.write('Answer y (resume the draft) or n (start afresh). resume? [Y/n] ');
  }
}

function items(session: DrillSession): Item[] {
  const { drill, problems } = session;
  if (drill.sections) {
    return drill.sections.map((s, i, all) => ({ key: s.id, heading: `${i + 1}/${all.length} ${s.id}${s.title ? ` — ${s.title}` : ''}`, prompt: s.prompt, oneLine: false }));
  }
  return problems.map((p, i) => ({ key: problemKey(i), heading: `Problem ${i + 1}/${problems.length}`, prompt: p.text, oneLine: true }));
}

async function answerAll(list: readonly Item[], session: DrillSession, lines: LineQueue, expired: Promise<'expired'>): Promise<Ending> {
  for (const item of list) {
    const saved = session.answers[item.key];
    if (item.oneLine && saved !== undefined) continue;
    say();
    say(`[${session.clock().label} left] ${item.heading}`);
    say(item.prompt);
    const collected = saved ? saved.split('\n') : [];
    if (saved) say(`Your saved answer:\n${saved}\n(type more, or an empty line to keep it)`);
    for (;;) {
      const raw = await Promise.race([lines.next(), expired]);
      if (raw === 'expired') return 'expired';
      if (raw === null) return item === list[list.length - 1] ? 'done' : 'eof';
      const line = sanitize(raw);
      // Plain mode promises each entered line is saved: save it now, not on the TUI's 1 s throttle.
      if (item.oneLine) {
        session.set(item.key, line.trim());
        session.save();
        break;
      }
      if (!line.trim()) break;
      const room = MAX_ANSWER_CHARS - collected.join('\n').length - (collected.length ? 1 : 0);
      if (room < line.length) process.stderr.write(`drillbit: ${ANSWER_CUT}\n`);
      if (room <= 0) continue;
      collected.push(line.slice(0, room));
      session.set(item.key, collected.join('\n'));
      session.save();
    }
  }
  return 'done';
}

/** Ctrl-C, a closed terminal or a kill request: save the draft now and leave. */
function onInterrupt(session: DrillSession): () => void {
  const stop = (signal: NodeJS.Signals): void => {
    session.save();
    process.stderr.write(`\ndrillbit: stopped (${signal}); your draft is saved. Run "${commandName()} drill ${session.drill.id}" to resume it\n`);
    process.exit(130);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGHUP', 'SIGTERM'];
  for (const s of signals) process.on(s, stop);
  return () => signals.forEach((s) => process.off(s, stop));
}

function report(outcome: AttemptOutcome): void {
  say();
  if (outcome.timedOut) say('Time is up: your attempt is submitted as it stands.\n');
  say(outcome.kind === 'sections' ? formatDrillResult(outcome.result) : formatRoundResult(outcome.result));
  say(`\n${formatHistory(outcome.history)}`);
  const { keys, tags } = outcome.pulled;
  if (keys.length) say(pulledForwardText(keys.length, tags));
}

export async function runPlainDrill(drill: Drill, dir: string, options: PlainDrillOptions = {}): Promise<void> {
  const lines = options.lines ?? new LineQueue();
  const draft = await offerDraft(drill, dir, lines);
  const session = new DrillSession(drill, dir, { draft, seed: options.seed });
  session.save();
  const detach = onInterrupt(session);
  say(`${drill.title} — ${formatClock(session.limitMs)}${draft ? ' left (resumed)' : ''}`);
  say(drill.instructions);
  if (drill.scenario) say(`\n${drill.scenario}`);
  say(drill.sections ? '\nEnd each answer with an empty line.' : `\n${ONE_LINE_ANSWERS}`);
  say(SAVED_AS_ENTERED);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), session.clock().remainingMs)));
  const ending = await answerAll(items(session), session, lines, expired);
  clearTimeout(timer);
  lines.close();
  detach();
  if (ending === 'eof') {
    session.save();
    process.stderr.write(`drillbit: input ended before the last section; your draft is saved. Run "${commandName()} drill ${drill.id}" to resume it\n`);
    process.exitCode = 1;
    return;
  }
  report(await session.submit(ending === 'expired'));
}
