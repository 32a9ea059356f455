import type { Command } from 'commander';
import { parsePositiveInt } from '../options.js';

export interface ReviewOptions {
  deck?: string;
  limit?: number;
  plain?: boolean;
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('review the cards that are due (full-screen in a terminal, line by line otherwise)')
    .option('--deck <id>', 'only this deck')
    .option('--limit <n>', 'at most this many cards', parsePositiveInt)
    .option('--plain', 'line-by-line mode for pipes, scripts and screen readers')
    .action(async (_options: ReviewOptions, command: Command) => {
      const { runReview } = await import('../actions/review.js');
      // optsWithGlobals: `drillbit --plain review` means plain too.
      await runReview(command.optsWithGlobals<ReviewOptions>());
    });
}
