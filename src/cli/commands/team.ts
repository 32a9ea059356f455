import type { Command } from 'commander';
import { parsePositiveInt, parseNonNegativeInt } from '../options.js';
import { POINTS_FORMULA } from '../../core/team/scoring.js';

export interface TeamHostOptions {
  deck?: string;
  tag?: string;
  questions?: number;
  seconds?: number;
  listen?: string;
  cert?: string;
  key?: string;
  lateJoin?: boolean;
  results?: string;
  resume?: boolean;
  seed?: number;
  auto?: number;
  plain?: boolean;
  color?: boolean;
}

export interface TeamJoinOptions {
  code: string;
  name?: string;
  count?: boolean;
  plain?: boolean;
  color?: boolean;
}

export function registerTeam(program: Command): void {
  const team = program.command('team').description('team study sessions: one host asks, everyone answers, the host grades');
  team
    .command('host')
    .description('host a team session (embedded WebSocket server; players join with the line it shows)')
    .option('--deck <id>', 'ask cards of this deck only')
    .option('--tag <tag>', 'ask cards with this tag only')
    .option('--questions <n>', 'number of questions (default 10)', parsePositiveInt)
    .option('--seconds <s>', 'time per question (default 60)', parsePositiveInt)
    .option('--listen <host:port>', 'address to listen on (default 127.0.0.1:7420; 0.0.0.0:7420 opens it to the LAN)')
    .option('--cert <file>', 'TLS certificate (PEM) to serve wss://; needs --key')
    .option('--key <file>', 'TLS private key (PEM)')
    .option('--late-join', 'let players join after the first question')
    .option('--results <file>', 'write the results at the end: JSON, or CSV when the name ends in .csv')
    .option('--resume', 'carry on the last session that did not end (after a crash)')
    .option('--seed <n>', 'question seed (default: random; it is kept in the session log)', parseNonNegativeInt)
    .option('--auto <s>', 'run by itself (no terminal, e.g. in a container): start S seconds after the first player joins, reveal when all have answered', parseNonNegativeInt)
    .option('--plain', 'line mode: print events, read start/next/reveal/skip/pause/resume/add/kick/lock/end on stdin')
    .addHelpText('after', `\nScoring: ${POINTS_FORMULA}, where score is the grader's 0..1.\nA session changes nobody's schedule. See docs/team.md.`)
    .action(async (_o: TeamHostOptions, command: Command) => {
      const { runTeamHost } = await import('../team/host.js');
      await runTeamHost(command.optsWithGlobals<TeamHostOptions>());
    });
  team
    .command('join')
    .description('join a team session')
    .argument('<url>', 'the address from the host\'s join line, e.g. ws://192.168.1.20:7420')
    .requiredOption('--code <code>', 'the join code the host read out')
    .option('--name <name>', 'your name on the board (default: your login name)')
    .option('--count', 'also record your answers as reviews of the same cards in your collection')
    .option('--plain', 'line mode: answers on stdin, each ended by an empty line')
    .addHelpText('after', `\nScoring: ${POINTS_FORMULA}.\nRun the same command again after a drop to get back in with your score.`)
    .action(async (url: string, _o: TeamJoinOptions, command: Command) => {
      const { runTeamJoin } = await import('../team/join.js');
      await runTeamJoin(url, command.optsWithGlobals<TeamJoinOptions>());
    });
}
