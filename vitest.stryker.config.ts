import { defineConfig } from 'vitest/config';

/**
 * The in-process tests of src/core and src/store, for `npm run mutate`
 * (StrykerJS). Tests that spawn the built binary are left out: they run the
 * bundle, which Stryker does not mutate.
 */
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/store/**/*.test.ts', 'test/decks/**/*.test.ts'],
    globalSetup: ['test/setup/sandbox.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
