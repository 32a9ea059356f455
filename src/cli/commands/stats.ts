import type { Command } from 'commander';

export interface StatsOptions {
  json?: boolean;
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('reviews, due counts, streak and retention')
    .option('--json', 'print JSON')
    .action(async (options: StatsOptions) => {
      const { runStats } = await import('../actions/stats.js');
      await runStats(options);
    });
}
