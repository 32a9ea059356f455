import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

describe('tempDir', () => {
  let first = '';
  it('makes a fresh folder', () => {
    first = tempDir();
    writeFileSync(join(first, 'x'), 'y');
    expect(existsSync(first)).toBe(true);
  });
  it('removed it after the test that made it', () => {
    expect(first).not.toBe('');
    expect(existsSync(first)).toBe(false);
  });
});
