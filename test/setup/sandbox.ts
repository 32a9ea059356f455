/**
 * vitest globalSetup: the whole run gets one sandbox folder, and every test
 * worker and every process it spawns sees it as the temp dir, the home
 * directory and the XDG data/cache folders. So no test can write into the
 * user's real ~/.local/share or ~/.cache, and whatever a test (or a program
 * it ran) leaves in the temp dir goes when the run ends.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VARS = ['TMPDIR', 'HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'DRILLBIT_HOME', 'DRILLBIT_DECKS', 'DRILLBIT_NOW'] as const;

export default function setup(): () => void {
  const saved = Object.fromEntries(VARS.map((name) => [name, process.env[name]]));
  const root = mkdtempSync(join(tmpdir(), 'drillbit-vitest-'));
  // Traversable by others: a test runs the binary as another user (nobody) on files in here.
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'home'));
  process.env['TMPDIR'] = root;
  process.env['HOME'] = join(root, 'home');
  process.env['XDG_DATA_HOME'] = join(root, 'home', '.local', 'share');
  process.env['XDG_CACHE_HOME'] = join(root, 'home', '.cache');
  process.env['XDG_CONFIG_HOME'] = join(root, 'home', '.config');
  // A learner's own settings must not leak into a test.
  delete process.env['DRILLBIT_HOME'];
  delete process.env['DRILLBIT_DECKS'];
  delete process.env['DRILLBIT_NOW'];
  return () => {
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
