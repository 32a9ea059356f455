import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // One sandbox folder per run for TMPDIR, HOME and XDG folders, removed at the end.
    globalSetup: ['test/setup/sandbox.ts'],
    // Subprocess and pseudo-terminal tests spawn the built binary; give them room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // CI has 2 cores: one test worker, and the built binary that most files spawn takes the other.
    // Every e2e file has its own data directory, so more workers are safe where there are more cores.
    maxWorkers: Math.max(1, availableParallelism() - 1),
  },
});
