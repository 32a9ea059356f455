import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/** The version in package.json (the file ships beside dist/). */
export function packageVersion(): string {
  const raw = readFileSync(join(packageRoot(), 'package.json'), 'utf8');
  return (JSON.parse(raw) as { version: string }).version;
}
