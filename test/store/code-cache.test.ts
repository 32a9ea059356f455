import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCachePath, readCodeCache, writeCodeCache } from '../../src/store/code-cache.js';
import { tempDir } from '../helpers/temp-dir.js';

const home = (): NodeJS.ProcessEnv => ({ DRILLBIT_HOME: tempDir('drillbit-code-cache-') });
const data = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));

describe('code cache files', () => {
  it('gives back what was written, per bundle and command, under the cache dir', () => {
    const env = home();
    writeCodeCache('cli-a.cjs', 'stats', data, env);
    expect(readCodeCache('cli-a.cjs', 'stats', env)).toEqual(data);
    expect(readCodeCache('cli-a.cjs', 'lint', env)).toBeUndefined();
    expect(readCodeCache('cli-b.cjs', 'stats', env)).toBeUndefined();
    expect(codeCachePath('cli-a.cjs', 'stats', env).startsWith(join(env['DRILLBIT_HOME']!, 'cache', 'code'))).toBe(true);
  });

  it('refuses a damaged, truncated or foreign file (V8 would crash on a damaged cache)', () => {
    const env = home();
    writeCodeCache('cli-a.cjs', 'stats', data, env);
    const path = codeCachePath('cli-a.cjs', 'stats', env);
    const whole = readFileSync(path);
    const flipped = Buffer.from(whole);
    flipped[whole.length - 100]! ^= 0x5a;
    writeFileSync(path, flipped);
    expect(readCodeCache('cli-a.cjs', 'stats', env)).toBeUndefined();
    writeFileSync(path, whole.subarray(0, whole.length - 1));
    expect(readCodeCache('cli-a.cjs', 'stats', env)).toBeUndefined();
    writeFileSync(path, data);
    expect(readCodeCache('cli-a.cjs', 'stats', env)).toBeUndefined();
    writeFileSync(path, '');
    expect(readCodeCache('cli-a.cjs', 'stats', env)).toBeUndefined();
    writeFileSync(path, whole);
    expect(readCodeCache('cli-a.cjs', 'stats', env)).toEqual(data);
  });

  it('is never an error when the folder cannot be written or a folder is in the way', () => {
    const env = home();
    // A file where the code folder should be: mkdir and every write fail.
    mkdirSync(join(env['DRILLBIT_HOME']!, 'cache'), { recursive: true });
    writeFileSync(join(env['DRILLBIT_HOME']!, 'cache', 'code'), 'not a folder');
    expect(() => writeCodeCache('cli-a.cjs', 'stats', data, env)).not.toThrow();
    expect(readCodeCache('cli-a.cjs', 'stats', env)).toBeUndefined();
    const env2 = home();
    mkdirSync(codeCachePath('cli-a.cjs', 'stats', env2), { recursive: true });
    expect(readCodeCache('cli-a.cjs', 'stats', env2)).toBeUndefined();
    expect(() => writeCodeCache('cli-a.cjs', 'stats', data, env2)).not.toThrow();
  });

  it('removes the caches of other builds when it writes, and leaves no temp files', () => {
    const env = home();
    writeCodeCache('cli-old.cjs', 'stats', data, env);
    writeCodeCache('cli-new.cjs', 'lint', data, env);
    writeCodeCache('cli-new.cjs', 'stats', data, env);
    const dir = dirname(codeCachePath('cli-new.cjs', 'stats', env));
    expect(readdirSync(dir).sort()).toEqual([`cli-new.cjs-${process.version}-${process.arch}-lint.bin`, `cli-new.cjs-${process.version}-${process.arch}-stats.bin`]);
  });
});
