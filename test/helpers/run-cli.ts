import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/drillbit.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A folder holding `drillbit`, a link to BIN: first on PATH, drillbit runs as it does once installed (its hints say "drillbit ..."). */
export const ON_PATH = fileURLToPath(new URL('../fixtures/on-path', import.meta.url));
/** PATH with drillbit on it, as for a user who installed it (npm install -g or npm link). */
export const PATH_WITH_DRILLBIT = `${ON_PATH}${delimiter}${process.env['PATH'] ?? ''}`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user who installed it would (drillbit on PATH unless `env.PATH` says otherwise), with a pipe for stdin. */
export function runCli(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', PATH: PATH_WITH_DRILLBIT, ...options.env },
    encoding: 'utf8',
    // A slow command (lint --probe grades hundreds of answers) may ask for longer.
    timeout: options.timeout ?? 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
