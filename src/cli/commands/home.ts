import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { commandName } from '../command-name.js';

/** `drillbit` with no command: the TUI home in a terminal, a plain-text home otherwise. */
export function registerHome(program: Command): void {
  program
    .option('--plain', 'line-by-line text instead of the full-screen interface')
    .allowExcessArguments(true)
    .action(async (options: { plain?: boolean; color?: boolean }, command: Command) => {
      const stray = command.args[0];
      if (stray !== undefined) {
        const near = command.commands.map((c) => c.name()).find((c) => c.startsWith(stray.slice(0, 2)));
        throw new UsageError(`unknown command '${stray}'${near ? ` (did you mean ${near}?)` : ''}; run "${commandName()} --help" for the commands`);
      }
      const { runHome } = await import('../actions/home.js');
      await runHome(options);
    });
}
