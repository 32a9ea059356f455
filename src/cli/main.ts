/**
 * Entry point. `--version` is answered before anything else loads; the home
 * view and the commands people run every day start from a bundle with a V8
 * code cache, so they cost little more than starting node. bin/drillbit.js
 * loads this file's CommonJS build (dist/bundle/launch.cjs): a CommonJS
 * entry spares node its ES module loader at start-up.
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
 * Commands that load much code (the terminal UI, the grader, the deck parser)
 * and run from that bundle with a code cache (run-bundle.ts). subnet is not
 * among them: its own chunks are small, and reading the whole bundle measured
 * no faster.
 */
const BUNDLED_COMMANDS = new Set(['drill', 'grade', 'lint', 'review', 'stats']);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${packageVersion()}\n`);
} else {
  // No top-level await: the start-up build of this file is CommonJS (scripts/bundle.mjs).
  const run =
    CLI_BUNDLE && (argv.length === 0 || BUNDLED_COMMANDS.has(argv[0]!))
      ? import('./run-bundle.js').then(({ runBundle }) => runBundle(CLI_BUNDLE, argv[0] ?? 'home', argv))
      : import('./program.js').then(({ main }) => main(argv));
  void run.then((code) => {
    process.exitCode = code;
  });
}
