import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const SCRIPT = join(ROOT, 'scripts', 'build-if-stale.mjs');

/** A project folder with a bundle and one source, each with a chosen mtime, and an `npm` that only records that it ran. */
function project(sourceTime: number, bundleTime: number | undefined): { dir: string; run: () => { status: number | null; stderr: string; built: boolean } } {
  const dir = tempDir('drillbit-stale-');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'main.ts'), '');
  utimesSync(join(dir, 'src', 'main.ts'), sourceTime, sourceTime);
  utimesSync(join(dir, 'src'), sourceTime, sourceTime);
  if (bundleTime !== undefined) {
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'bundle', 'launch.cjs'), '');
    utimesSync(join(dir, 'dist', 'bundle', 'launch.cjs'), bundleTime, bundleTime);
  }
  const bin = join(dir, 'fake-bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\ntouch "${join(dir, 'built')}"\n`);
  chmodSync(join(bin, 'npm'), 0o755);
  return {
    dir,
    run: () => {
      const r = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env['PATH']}` } });
      return { status: r.status, stderr: r.stderr, built: existsSync(join(dir, 'built')) };
    },
  };
}

describe('npm start builds only when the sources are newer than the bundle', () => {
  it('a bundle newer than every source: no build, no output', () => {
    expect(project(1_000_000, 2_000_000).run()).toEqual({ status: 0, stderr: '', built: false });
  });

  it('a source newer than the bundle: builds, and says why', () => {
    expect(project(3_000_000, 2_000_000).run()).toEqual({ status: 0, stderr: 'drillbit: building (sources changed since the last build)…\n', built: true });
  });

  it('no bundle yet: builds', () => {
    expect(project(1_000_000, undefined).run().built).toBe(true);
  });
});
