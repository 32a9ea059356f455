/**
 * The command that runs this drillbit from where the user is, for messages
 * that tell them what to run next ("drillbit mock report 3 --pull"):
 *
 * - `drillbit` when that name on PATH is this program (a global install or
 *   `npm link`);
 * - `npx drillbit` inside a clone (npx runs the current project's own bin) or
 *   a project that has drillbit as a dependency;
 * - else `node <path to bin/drillbit.js>`, which works from anywhere.
 *
 * Computed on first use only (a few stat calls, no process), because most
 * runs print no such hint.
 */
import { realpathSync } from 'node:fs';
import { delimiter, join, relative, sep } from 'node:path';
import { packageRoot } from './package-root.js';

let cached: string | undefined;

const real = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

const inside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
};

/** How to run drillbit here; `env`, `cwd` and `root` (the package root) are for tests. */
export function resolveCommandName(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), root = packageRoot()): string {
  const bin = join(root, 'bin', 'drillbit.js');
  const self = real(bin);
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const found = real(join(dir, 'drillbit'));
    if (found !== undefined && found === self) return 'drillbit';
    // The first drillbit on PATH is the one a shell runs: another one means "drillbit" would not be this program.
    if (found !== undefined) break;
  }
  const realRoot = real(root) ?? root;
  if (inside(realRoot, real(cwd) ?? cwd) || realRoot.split(sep).includes('node_modules')) return 'npx drillbit';
  return /\s/.test(bin) ? `node "${bin}"` : `node ${bin}`;
}

/** The command that runs drillbit, for hints in messages (see resolveCommandName). */
export function commandName(): string {
  return (cached ??= resolveCommandName());
}
