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

/** Each command by its name, in the order `--help` lists them. */
const COMMANDS: ReadonlyArray<readonly [string, (program: Command) => void]> = [
  ['review', registerReview],
  ['drill', registerDrill],
  ['grade', registerGrade],
  ['subnet', registerSubnet],
  ['lint', registerLint],
  ['stats', registerStats],
  ['mock', registerMock],
  ['import', registerImport],
  ['export', registerExport],
  ['optimize', registerOptimize],
  ['team', registerTeam],
];

/**
 * The command tree for `argv`. A run of one named command registers only that
 * command (its --help and errors are the same); anything else — the home
 * view's options, `help`, an unknown or misspelt command — gets every command,
 * so that help lists them all and a typo is matched against them.
 */
export function buildProgram(argv: readonly string[] = []): Command {
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
  const only = COMMANDS.find(([name]) => name === argv[0]);
  if (only) {
    only[1](program);
    return program;
  }
  for (const [, register] of COMMANDS) register(program);
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
  // A bare `drillbit` is the home view: no options to parse.
  if (argv.length === 0) {
    try {
      await (await import('./actions/home.js')).runHome({});
      return typeof process.exitCode === 'number' ? process.exitCode : 0;
    } catch (error) {
      return reportError(error);
    }
  }
  const program = buildProgram(argv);
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

