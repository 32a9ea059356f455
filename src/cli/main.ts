/**
 * Entry point. `--version` is answered before anything else loads, and a bare
 * `drillbit` (the home view) skips the command parser, so the cheapest
 * commands and the first frame cost little more than starting node. The
 * commands that print no UI run from a bundle with a V8 code cache.
 */
import { packageVersion } from './version.js';

// `drillbit ... | head` closes the pipe early: stop quietly, as other CLI tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** The CommonJS bundle of the commands without a UI (scripts/bundle.mjs); unset when not bundled. */
declare const __DRILLBIT_CLI_BUNDLE__: string | undefined;
const CLI_BUNDLE = typeof __DRILLBIT_CLI_BUNDLE__ === 'string' ? __DRILLBIT_CLI_BUNDLE__ : '';
/**
 * Commands that never draw the terminal UI and load much code, run from that
 * bundle with a code cache (run-bundle.ts). subnet is not among them: its own
 * chunks are small, and reading the whole bundle measured no faster.
 */
const BUNDLED_COMMANDS = new Set(['grade', 'lint', 'stats']);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${packageVersion()}\n`);
} else if (argv.length === 0) {
  const [{ runHome }, { reportError }] = await Promise.all([import('./actions/home.js'), import('./report-error.js')]);
  try {
    await runHome({});
  } catch (error) {
    process.exitCode = reportError(error);
  }
} else if (CLI_BUNDLE && BUNDLED_COMMANDS.has(argv[0]!)) {
  const { runBundle } = await import('./run-bundle.js');
  process.exitCode = await runBundle(CLI_BUNDLE, argv);
} else {
  const { main } = await import('./program.js');
  process.exitCode = await main(argv);
}
