/**
 * `drillbit team host --plain`: the join line, then one line per event
 * (`joined ANA`, `answered 2/3`, `1. ANA 1320`); commands are read from
 * stdin, one per line.
 */
import { ADD_TIME_MS } from '../../core/team/limits.js';
import type { Effect } from '../../core/team/session-types.js';
import { stdinLines } from '../review-plain-io.js';
import type { HostControl } from './host-control.js';

const out = (s: string): void => void process.stdout.write(`${s}\n`);

export const HOST_COMMANDS = 'start, next, reveal, skip, pause, resume, add [SECONDS], kick NAME, lock, unlock, board, end';

/** The session action for one command line, or a line to print. */
export function hostCommand(control: HostControl, line: string): ((now: number) => Effect[]) | string | undefined {
  const s = control.setup.session;
  const [word = '', ...rest] = line.trim().split(/\s+/);
  const arg = rest.join(' ');
  switch (word.toLowerCase()) {
    case '':
      return undefined;
    case 'start':
      return (now) => s.start(now);
    case 'next':
      return (now) => s.next(now);
    case 'reveal':
      return () => s.reveal();
    case 'skip':
      return (now) => s.skip(now);
    case 'pause':
      return (now) => (s.paused ? [] : s.togglePause(now));
    case 'resume':
      return (now) => (s.paused ? s.togglePause(now) : []);
    case 'add': {
      const seconds = arg ? Number(arg) : ADD_TIME_MS / 1000;
      if (!Number.isFinite(seconds) || seconds <= 0) return 'add takes a number of seconds, e.g. add 30';
      return (now) => s.addTime(now, seconds * 1000);
    }
    case 'kick': {
      const p = s.players.find((x) => x.name.toLowerCase() === arg.toLowerCase());
      return p ? () => s.kick(p.id) : `no player named "${arg}"; the players are: ${s.players.map((x) => x.name).join(', ') || 'none'}`;
    }
    case 'lock':
      return () => s.setLocked(true);
    case 'unlock':
      return () => s.setLocked(false);
    case 'board':
      return s.board().map((e) => `${e.rank}. ${e.name} ${e.points}`).join('\n') || 'no players yet';
    case 'end':
      return () => s.end();
    default:
      return `unknown command "${word}"; the commands are: ${HOST_COMMANDS}`;
  }
}

export async function runPlainHost(control: HostControl): Promise<void> {
  out(control.joinLine);
  const { setup } = control;
  if (setup.resumed) out(`resumed session ${setup.header.id} ${setup.session.index < 0 ? 'in the lobby' : `at question ${setup.session.index + 1}/${setup.session.questions.length}`}`);
  const lines = stdinLines();
  let done = false;
  void control.ended.then(() => {
    done = true;
    lines.close();
  });
  // End of input does not stop the host: players are still answering. `end` or Ctrl-C does.
  for (let line = await lines.next(); line !== undefined && !done; line = await lines.next()) {
    const action = hostCommand(control, line);
    if (typeof action === 'string') out(action);
    else if (action) control.act(action);
  }
  await control.ended;
  await control.stop();
  process.stdin.destroy();
}
