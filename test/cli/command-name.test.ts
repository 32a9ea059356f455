import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCommandName } from '../../src/cli/command-name.js';
import { BIN, ON_PATH, ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// PATH without any drillbit on it (node's own folder, so the binary still starts).
const OFF_PATH = dirname(process.execPath);

describe('the command named in hints', () => {
  it('is "drillbit" when drillbit on PATH is this program, also through a link', () => {
    expect(resolveCommandName({ PATH: `${ON_PATH}:${OFF_PATH}` }, tempDir(), ROOT)).toBe('drillbit');
    const bin = tempDir();
    symlinkSync(join(ON_PATH, 'drillbit'), join(bin, 'drillbit'));
    expect(resolveCommandName({ PATH: `${OFF_PATH}:${bin}` }, tempDir(), ROOT)).toBe('drillbit');
  });

  it('is "npx drillbit" inside the clone when drillbit is not on PATH, or another drillbit is first', () => {
    expect(resolveCommandName({ PATH: OFF_PATH }, ROOT, ROOT)).toBe('npx drillbit');
    expect(resolveCommandName({ PATH: OFF_PATH }, join(ROOT, 'decks'), ROOT)).toBe('npx drillbit');
    const other = tempDir();
    writeFileSync(join(other, 'drillbit'), '#!/bin/sh\n', { mode: 0o755 });
    expect(resolveCommandName({ PATH: `${other}:${ON_PATH}` }, ROOT, ROOT)).toBe('npx drillbit');
  });

  it('is "npx drillbit" for a project that has drillbit as a dependency', () => {
    const project = tempDir();
    const root = join(project, 'node_modules', 'drillbit');
    mkdirSync(join(root, 'bin'), { recursive: true });
    expect(resolveCommandName({ PATH: OFF_PATH }, project, root)).toBe('npx drillbit');
  });

  it('is "node <bin>" anywhere else, where neither of the others would run', () => {
    expect(resolveCommandName({ PATH: OFF_PATH }, tempDir(), ROOT)).toBe(`node ${BIN}`);
    expect(resolveCommandName({}, tempDir(), ROOT)).toBe(`node ${BIN}`);
  });

  it('is what the built binary says in its messages', () => {
    const env = { DRILLBIT_HOME: tempDir() };
    const on = runCli(['stats', '--frobnicate'], { env });
    expect(on.stderr).toBe('drillbit: unknown option \'--frobnicate\'; run "drillbit --help" for usage\n');
    const clone = runCli(['stats', '--frobnicate'], { env: { ...env, PATH: OFF_PATH } });
    expect(clone.stderr).toBe('drillbit: unknown option \'--frobnicate\'; run "npx drillbit --help" for usage\n');
    const elsewhere = runCli(['mock', 'report'], { env: { ...env, PATH: OFF_PATH }, cwd: tempDir() });
    expect([elsewhere.status, elsewhere.stderr]).toEqual([1, `drillbit: no mock interviews yet; run "node ${BIN} mock" to take one\n`]);
    const home = runCli([], { env: { ...env, PATH: OFF_PATH } });
    expect(home.stdout).toContain('\nNext:\n  npx drillbit review        review the cards that are due\n  npx drillbit drill list    timed drills\n');
  });
});
