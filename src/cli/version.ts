import { readFileSync } from 'node:fs';

/** The version in package.json (read once; the file ships beside dist/). */
export function packageVersion(): string {
  const raw = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(raw) as { version: string }).version;
}
