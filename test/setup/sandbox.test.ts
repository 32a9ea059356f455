import { spawnSync } from 'node:child_process';
import { homedir, tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

describe('the test sandbox', () => {
  it('gives tests and the processes they spawn a temp dir and a home inside one run folder', () => {
    const root = tmpdir();
    expect(root).toMatch(/drillbit-vitest-[^/]+$/);
    expect(homedir().startsWith(root)).toBe(true);
    expect(process.env['XDG_CACHE_HOME']?.startsWith(root)).toBe(true);
    const child = spawnSync(process.execPath, ['-e', 'const os=require("os");process.stdout.write(os.tmpdir()+"\\n"+os.homedir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(`${root}\n${homedir()}`);
  });
});
