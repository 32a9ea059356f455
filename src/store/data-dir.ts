import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The data directory: $DRILLBIT_HOME, else $XDG_DATA_HOME/drillbit, else
 * ~/.local/share/drillbit. `env` is passed in so tests need no global state.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['DRILLBIT_HOME']) return env['DRILLBIT_HOME'];
  if (env['XDG_DATA_HOME']) return join(env['XDG_DATA_HOME'], 'drillbit');
  return join(homedir(), '.local', 'share', 'drillbit');
}
