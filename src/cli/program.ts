/**
 * drillbit's command tree. Commands register their options here and import
 * their implementation only when they run, so `grade` or `lint` never load
 * ink or react.
 */
import { Command, CommanderError } from 'commander';
import { packageVersion } from './version.js';
import { reportError } from './report-error.js';
import { registerHome } from './commands/home.js';
import { registerReview } from './commands/review.js';
import { registerDrill } from './commands/drill.js';
import { registerGrade } from './commands/grade.js';
import { registerSubnet } from './commands/subnet.js';
import { registerLint } from './commands/lint.js';
import { registerStats } from './commands/stats.js';
import { registerMock } from './commands/mock.js';
import { registerImport } from './commands/import.js';
import { registerExport } from './commands/export.js';
import { registerOptimize } from './commands/optimize.js';
import { registerTeam } from './commands/team.js';
import { registerHelp } from './commands/help.js';

export function buildProgram(): Command {
  const program = new Command('drillbit')
    .description('A terminal flashcard and drill trainer that grades what you type.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .option('--no-color', 'do not use colour (NO_COLOR is honoured too)')
    .showSuggestionAfterError(true)
    // `drillbit review --plain` is review's --plain, not the home view's.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      // Commander's own messages ("error: unknown option") are reworded in reportError.
      writeErr: () => {},
    });
  registerHome(program);
  registerReview(program);
  registerDrill(program);
  registerGrade(program);
  registerSubnet(program);
  registerLint(program);
  registerStats(program);
  registerMock(program);
  registerImport(program);
  registerExport(program);
  registerOptimize(program);
  registerTeam(program);
  // Last, so that it lists every command registered above.
  registerHelp(program);
  program.addHelpText(
    'after',
    '\nData directory: $DRILLBIT_HOME, else $XDG_DATA_HOME/drillbit, else ~/.local/share/drillbit.\n' +
      'Your own decks: <data directory>/decks/*.yaml; DRILLBIT_DECKS=path[:path] replaces all decks.\n' +
      'DRILLBIT_NOW=<ISO date-time> stands in for the clock (for scripts and tests); settings: <data directory>/settings.json.\n' +
      'Run a command with --help for its options.',
  );
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help')) {
      return 0;
    }
    return reportError(error);
  }
}

