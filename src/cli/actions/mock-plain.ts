/**
 * `drillbit mock --plain` (and any stdin that is not a terminal): one
 * question at a time, each answer ended by an empty line, SKIP_LINE to skip,
 * follow-ups asked the same way, the report at the end. Every entered line
 * is drafted; at zero the interview is submitted as it stands; end of input
 * before the end keeps the draft.
 */
import { formatClock } from '../../core/drills/countdown.js';
import { formatMockReport } from '../../core/mock/report-text.js';
import type { MockAttempt } from '../../core/mock/types.js';
import type { LineQueue } from './drill-lines.js';
import type { MockSession } from './mock-session.js';
import { commandName } from '../command-name.js';

/** A line with only this skips the question (or the follow-up). */
export const SKIP_LINE = '/skip';

export const PLAIN_RULES =
  `End each answer with an empty line. A line with only "${SKIP_LINE}" skips the question: it comes back at the end ` +
  '(skipping it again leaves it as it stands). No verdicts until the end. Each line is saved as you enter it.';

export type Write = (text: string) => void;

/** How the answering ended. */
export type PlainEnding = 'done' | 'expired' | 'eof';

function heading(session: MockSession): string {
  const asked = session.asked()!;
  const q = asked.question;
  const soft = session.questionClock();
  const clock = `[${session.clock().label} left · ${formatClock(soft.spentMs)} of ~${formatClock(soft.softMs)} on this one]`;
  if (asked.followUp) return `${clock} Follow-up to question ${asked.number}: ${asked.followUp}`;
  const tags = q.tags.length ? ` (${q.tags.join(', ')})` : '';
  return `${clock} Question ${asked.number} of ${session.plan.questions.length}${asked.returned ? ', back after a skip' : ''}${tags}\n${q.prompt}`;
}

/** Waits for a line or the countdown's zero, whichever is first. */
function nextLine(session: MockSession, lines: LineQueue): Promise<string | null | 'expired'> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<'expired'>((resolve) => {
    const arm = (): void => {
      // A frozen clock (DRILLBIT_NOW) never reaches zero; check again later rather than end early.
      timer = setTimeout(() => (session.expireIfDue() ? resolve('expired') : arm()), Math.max(1000, session.clock().remainingMs));
    };
    arm();
  });
  return Promise.race([lines.next(), expiry]).finally(() => clearTimeout(timer));
}

/** Asks until the interview is done, time runs out or input ends. */
export async function answerAll(session: MockSession, lines: LineQueue, write: Write): Promise<PlainEnding> {
  while (!session.done) {
    if (session.expireIfDue()) return 'expired';
    write(`\n${heading(session)}\n`);
    const saved = session.text();
    if (saved) write(`Your answer so far:\n${saved}\n(type more, or an empty line to keep it)\n`);
    const collected = saved ? saved.split('\n') : [];
    for (;;) {
      const line = await nextLine(session, lines);
      if (line === 'expired') return 'expired';
      if (line === null) return 'eof';
      if (line.trim() === SKIP_LINE) {
        session.skip();
        break;
      }
      if (!line.trim()) {
        session.submit();
        break;
      }
      collected.push(line);
      session.type(collected.join('\n'));
      if (session.expireIfDue()) return 'expired';
    }
  }
  return 'done';
}

/** The whole plain interview; returns the kept attempt, or undefined when input ended first (draft kept). */
export async function runPlainInterview(session: MockSession, lines: LineQueue, write: Write, resumed = false): Promise<MockAttempt | undefined> {
  const o = session.plan.options;
  write(`Mock interview · ${session.plan.questions.length} questions · ${session.clock().label}${resumed ? ' left (resumed)' : ''} · mix ${o.mix} · seed ${o.seed}\n`);
  write(`${PLAIN_RULES}\n`);
  for (const note of session.plan.notes) write(`${note}\n`);
  session.save();
  const ending = await answerAll(session, lines, write);
  if (ending === 'eof') {
    session.save();
    return undefined;
  }
  if (ending === 'expired') write('\nTime is up: your answers are submitted as they stand.\n');
  const attempt = session.finish();
  write(`\n${formatMockReport(attempt, commandName())}\n`);
  return attempt;
}
