import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

const made = new Set<string>();
const madeForFile = new Set<string>();

const removeAll = (dirs: Set<string>): void => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  dirs.clear();
};

// Registered when a test file imports this module, so they run after each of its tests and after the whole file.
afterEach(() => removeAll(made));
afterAll(() => removeAll(madeForFile));

/**
 * A fresh folder under the temp dir, removed after the current test (call it
 * inside a test or a beforeEach; one made at a file's top level goes after its first test). Wait for any child process that writes in
 * it to exit before the test ends.
 */
export function tempDir(prefix = 'drillbit-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** A fresh folder under the temp dir shared by a file's tests (make it in a beforeAll), removed after the file's last test. */
export function fileTempDir(prefix = 'drillbit-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeForFile.add(dir);
  return dir;
}
