// The everyday commands and the home view run from a bundle with a V8 code
// cache (src/cli/run-bundle.ts): same output with and without the cache, and
// a damaged cache or a cache folder that cannot be written changes nothing the
// user sees.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const NOW = { DRILLBIT_NOW: '2026-03-02T10:00:00Z' };

// `npm run coverage` builds the ES modules only, with source maps (scripts/bundle.mjs): no
// CommonJS bundle, so nothing to cache. Every other build has one.
const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');
const bundled = existsSync(BUNDLE_DIR) && readdirSync(BUNDLE_DIR).some((f) => /^cli-[0-9a-f]{16}\.cjs$/.test(f));

describe.skipIf(!bundled)('code cache of the command-line bundle', () => {
  it('writes one cache per command and prints the same with it', () => {
    const home = tempDir('drillbit-code-');
    const env = { ...NOW, DRILLBIT_HOME: home };
    const first = runCli(['stats', '--json'], { env });
    expect(first.status).toBe(0);
    const files = readdirSync(join(home, 'cache', 'code'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^cli-[0-9a-f]{16}\\.cjs-${process.version}-${process.arch}-stats\\.bin$`));
    const second = runCli(['stats', '--json'], { env });
    expect(second).toEqual(first);
    expect(JSON.parse(second.stdout).cards.new).toBeGreaterThan(0);
    const lint = runCli(['lint'], { env });
    expect(lint.status).toBe(0);
    expect(readdirSync(join(home, 'cache', 'code')).map((f) => f.replace(/^.*-/, '')).sort()).toEqual(['lint.bin', 'stats.bin']);
    // subnet runs from the ES modules: no cache of its own.
    expect(JSON.parse(runCli(['subnet', '--desired', '4', '--json'], { env }).stdout).prefix).toBe(28);
    expect(readdirSync(join(home, 'cache', 'code'))).toHaveLength(2);
  });

  it('the home view and review run from the bundle too, each with its own cache', () => {
    const home = tempDir('drillbit-code-');
    const env = { ...NOW, DRILLBIT_HOME: home, CI: 'true' };
    const first = runCli([], { env });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('drillbit — drills that grade what you type');
    expect(runCli([], { env })).toEqual(first);
    const review = runCli(['review', '--plain'], { env });
    expect(review.stdout).toMatch(/^\[1\/\d+\] managed-containers\//);
    expect(readdirSync(join(home, 'cache', 'code')).map((f) => f.replace(/^.*-/, '')).sort()).toEqual(['home.bin', 'review.bin']);
    // Without the cache (DRILLBIT_NO_CACHE=1) the same screen.
    expect(runCli([], { env: { ...env, DRILLBIT_NO_CACHE: '1' } })).toEqual(first);
  });

  it('ignores a damaged cache (V8 would crash on it) and writes a good one', () => {
    const home = tempDir('drillbit-code-');
    const env = { ...NOW, DRILLBIT_HOME: home };
    const clean = runCli(['stats', '--json'], { env });
    const [file] = readdirSync(join(home, 'cache', 'code'));
    const path = join(home, 'cache', 'code', file!);
    const bytes = readFileSync(path);
    for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 400; i++) bytes[i]! ^= 0x5a;
    writeFileSync(path, bytes);
    const damaged = runCli(['stats', '--json'], { env });
    expect(damaged).toEqual(clean);
    expect(readFileSync(path).equals(bytes)).toBe(false);
    expect(runCli(['stats', '--json'], { env })).toEqual(clean);
  });

  it('runs as usual when the cache folder cannot be written', () => {
    const home = tempDir('drillbit-code-');
    const env = { ...NOW, DRILLBIT_HOME: home };
    // A file where the cache folder should be (chmod does not stop root).
    writeFileSync(join(home, 'cache'), 'not a folder');
    const batch = join(home, 'one.jsonl');
    writeFileSync(batch, `${JSON.stringify({ reference: 'the task role calls S3', answer: 'the task role calls S3' })}\n`);
    const result = runCli(['grade', '--batch', batch, '--json'], { env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).verdict).toBe('correct');
  });

  it('gives the same errors from the bundle as before', () => {
    const env = { ...NOW, DRILLBIT_HOME: tempDir('drillbit-code-') };
    const result = runCli(['stats', '--bogus'], { env });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^drillbit: unknown option '--bogus'; run "(npx )?drillbit --help" for usage\n$/);
  });
});
