import type { Command } from 'commander';

export function registerOptimize(program: Command): void {
  program
    .command('optimize')
    .description('fit the FSRS parameters to your own review history (needs 1,000+ reviews)')
    .action(async () => {
      const { runOptimize } = await import('../actions/optimize.js');
      await runOptimize();
    });
}
