/** DESIGN.md dependency rule: cli → tui → core; the TUI never imports the store. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('src/tui layering', () => {
  it('no file under src/tui imports src/store or src/cli', () => {
    const offenders = files('src/tui').filter((f) => /from '(\.\.\/)+(store|cli)\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
