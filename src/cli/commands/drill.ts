import type { Command } from 'commander';
import { parseNonNegativeInt } from '../options.js';

export interface DrillOptions {
  plain?: boolean;
  seed?: number;
}

export function registerDrill(program: Command): void {
  program
    .command('drill')
    .description('run a timed drill; "drillbit drill list" shows them')
    .argument('<id>', 'drill id, or "list"')
    .option('--plain', 'line-by-line mode: sections in order, each ended by an empty line')
    .option('--seed <n>', 'seed for generated problems, to repeat a round', parseNonNegativeInt)
    .action(async (id: string, _options: DrillOptions, command: Command) => {
      const { runDrill } = await import('../actions/drill.js');
      await runDrill(id, command.optsWithGlobals<DrillOptions>());
    });
}
