/**
 * Entry point. `--version` is answered before anything else loads, so the
 * cheapest command costs little more than starting node.
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
} else {
  const { main } = await import('./program.js');
  process.exitCode = await main(argv);
}
