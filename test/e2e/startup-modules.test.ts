// Start-up budget, checked without a clock: the everyday commands load none of
// the node built-ins that cost milliseconds to start and that they never use
// (node:crypto ~4 ms, node:child_process with net ~3.5 ms). A static import
// of either anywhere on their path shows up here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const PRELOAD = join(ROOT, 'test', 'fixtures', 'module-list.cjs');

/** The built-in modules `drillbit ...args` loaded, after a first run has written its caches. */
function builtinsOf(args: string[], env: NodeJS.ProcessEnv): string[] {
  const list = join(env['DRILLBIT_HOME']!, 'modules.txt');
  for (const preload of [[], ['-r', PRELOAD]]) {
    const r = spawnSync(process.execPath, [...preload, BIN, ...args], { env: { ...process.env, ...env, DRILLBIT_TEST_MODULE_LIST: list }, encoding: 'utf8', input: '' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }
  return readFileSync(list, 'utf8').trim().split('\n');
}

describe('start-up loads only what the command uses', () => {
  for (const args of [['stats', '--json'], ['--version'], []]) {
    it(`drillbit ${args.join(' ') || '(home, plain)'}: no crypto, no child_process`, () => {
      const loaded = builtinsOf(args, { DRILLBIT_HOME: tempDir('drillbit-modules-'), CI: 'true', DRILLBIT_NOW: '2026-03-02T10:00:00Z' });
      expect(loaded).toContain('fs');
      // (net is loaded here by the pipes the test reads through, as for any piped command.)
      expect(loaded.filter((m) => m === 'crypto' || m === 'child_process')).toEqual([]);
    });
  }
});
