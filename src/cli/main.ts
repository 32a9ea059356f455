/**
 * Entry point. `--version` is answered before anything else loads, and a bare
 * `drillbit` (the home view) skips the command parser, so the cheapest
 * commands and the first frame cost little more than starting node.
 */
import { packageVersion } from './version.js';

// `drillbit ... | head` closes the pipe early: stop quietly, as other CLI tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

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
} else {
  const { main } = await import('./program.js');
  process.exitCode = await main(argv);
}
