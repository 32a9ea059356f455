/** `drillbit team host`: loads the decks, sets the session up (or resumes it) and runs plain mode or the TUI. */
import { dataDir } from '../../store/data-dir.js';
import { reviewDecks } from '../review-plain-decks.js';
import type { TeamHostOptions } from '../commands/team.js';
import { newSession, resumeSession } from './host-setup.js';
import { loadTls, startHost } from './host-control.js';
import { DEFAULT_PORT, parseListen } from './listen.js';

export async function runTeamHost(o: TeamHostOptions): Promise<void> {
  const decks = await reviewDecks(process.env, o.deck);
  const dir = dataDir();
  // A container platform names the port in $PORT (Cloud Run); --listen still wins. Checked before a session log is made.
  const listen = parseListen(o.listen ?? (process.env['PORT'] ? `0.0.0.0:${process.env['PORT']}` : `127.0.0.1:${DEFAULT_PORT}`));
  const tls = loadTls(o.cert, o.key);
  const setup = o.resume ? resumeSession(dir, decks) : newSession(dir, decks, { deck: o.deck, tag: o.tag, count: o.questions ?? 10, seconds: o.seconds ?? 60, lateJoin: o.lateJoin ?? false, seed: o.seed });
  const plain = o.plain || o.auto !== undefined || !process.stdin.isTTY;
  const hostOptions = { ...listen, tls, results: o.results };
  if (plain) {
    const control = await startHost(setup, hostOptions, (text) => process.stdout.write(`${text}\n`));
    if (o.auto !== undefined) (await import('./host-auto.js')).runAuto(control, o.auto);
    const { runPlainHost } = await import('./host-plain.js');
    return runPlainHost(control);
  }
  process.env['NODE_ENV'] ??= 'production';
  const { runHostTui } = await import('./host-tui.js');
  await runHostTui(setup, hostOptions, o.color);
}
