import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';

/** `drillbit help [command]`: the same text as `drillbit [command] --help`. */
export function registerHelp(program: Command): void {
  program.helpCommand(false);
  program
    .command('help [command]')
    .description('show help for a command')
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const command = program.commands.find((c) => c.name() === name && c.name() !== 'help');
      if (!command) {
        const names = program.commands.map((c) => c.name()).filter((n) => n !== 'help');
        throw new UsageError(`no command '${name}'; the commands are: ${names.join(', ')}`);
      }
      command.outputHelp();
    });
}
