/** `drillbit team join URL --code CODE`: plain mode or the TUI, over the same player session. */
import { userInfo } from 'node:os';
import { dataDir } from '../../store/data-dir.js';
import type { TeamJoinOptions } from '../commands/team.js';
import { checkUrl } from './client.js';
import { startPlayer } from './player-session.js';

function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'player';
  }
}

export async function runTeamJoin(url: string, o: TeamJoinOptions): Promise<void> {
  checkUrl(url);
  const dir = dataDir();
  const count = o.count ? await (await import('./count-review.js')).countReviews(dir) : undefined;
  const start = () => startPlayer({ url, code: o.code, name: o.name ?? loginName(), dir, count });
  // The screen's module is loaded before connecting, so it sees the first message.
  if (o.plain || !process.stdin.isTTY) {
    const { runPlainJoin } = await import('./join-plain.js');
    return runPlainJoin(start());
  }
  process.env['NODE_ENV'] ??= 'production';
  const { runTeamJoinTui } = await import('../../tui/team/join.js');
  const result = await runTeamJoinTui(start(), o.color);
  if (!result.ok) {
    const { DrillbitError } = await import('../../core/errors.js');
    throw new DrillbitError(result.byHost ? result.reason : `${result.reason}; run the same command to rejoin with your score`);
  }
}
