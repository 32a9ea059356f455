import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made = new Set<string>();

// Registered when a test file imports this module, so it runs after each of its tests.
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  made.clear();
});

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
