import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The installed package's root (where package.json, decks/ and drills/ are),
 * found by walking up from this module: the same whether it runs from
 * src/ (ts-node), dist/ (tsc) or a bundle.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('drillbit: cannot find package.json above the program');
    dir = parent;
  }
  cached = dir;
  return dir;
}
