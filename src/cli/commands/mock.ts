import { Option, type Command } from 'commander';
import { parseNonNegativeInt, parsePositiveInt } from '../options.js';

export interface MockCommandOptions {
  minutes?: number;
  questions?: number;
  tags?: string[];
  mix?: 'weak' | 'even';
  seed?: number;
  plain?: boolean;
  pull?: boolean;
}

export interface MockReportOptions {
  json?: boolean;
  markdown?: string;
  pull?: boolean;
}

const parseTags = (value: string): string[] => value.split(',').map((t) => t.trim()).filter(Boolean);

const PLAIN_HELP = `
Plain mode (--plain, or stdin not a terminal): one question at a time; end each
answer with an empty line; a line "/skip" skips the question (it comes back at
the end). In a terminal: Enter ends an answer, Ctrl-J adds a line, Tab skips,
Ctrl-S ends the interview, Esc leaves (the interview is saved; "drillbit mock"
resumes it).

A partial answer gets one follow-up question; no verdicts until the end. Mock
answers go to <data dir>/mock/ only: the review schedule and history are never
changed (--pull only puts the cards to study first in your next review).`;

export function registerMock(program: Command): void {
  const mock = program
    .command('mock')
    .description('a timed mock interview with a report of weak areas; your review schedule is untouched')
    .enablePositionalOptions()
    .option('--minutes <m>', 'length of the interview (45 or more adds the design question)', parsePositiveInt, 30)
    .option('--questions <n>', 'number of questions (default: one per 4 minutes)', parsePositiveInt)
    .option('--tags <a,b>', 'draw cards from these tags (default: every tag, evenly)', parseTags)
    .addOption(new Option('--mix <mix>', 'even: spread over the tags; weak: weakest cards first').choices(['even', 'weak']).default('even'))
    .option('--seed <n>', 'seed of the question mix, to take the same interview again', parseNonNegativeInt)
    .option('--plain', 'line-by-line mode (see below)')
    .option('--pull', 'bring the cards to study into your next review')
    .addHelpText('after', PLAIN_HELP)
    .action(async (options: MockCommandOptions, command: Command) => {
      const { runMock } = await import('../actions/mock.js');
      await runMock(command.optsWithGlobals<MockCommandOptions & { color?: boolean }>());
    });
  mock
    .command('report')
    .description('the report of a mock interview (default: the latest)')
    .argument('[id]', 'interview id (see "drillbit mock history")')
    .option('--json', 'print JSON')
    .option('--markdown <file>', 'write the report as Markdown to FILE')
    .option('--pull', 'bring its cards to study into your next review')
    .action(async (id: string | undefined, options: MockReportOptions) => {
      const { runMockReport } = await import('../actions/mock-report.js');
      await runMockReport(id, options);
    });
  mock
    .command('history')
    .description('every mock interview, with per-tag trends')
    .option('--tag <tag>', 'only this tag')
    .option('--json', 'print JSON')
    .action(async (options: { tag?: string; json?: boolean }) => {
      const { runMockHistory } = await import('../actions/mock-report.js');
      runMockHistory(options);
    });
}
