import { defineConfig } from 'vitest/config';

/**
 * The in-process tests of src/core/grading, for measuring core/grading's
 * mutation score (stryker.grading.json). Modules are shared between test
 * files (isolate: false): Stryker switches mutants at run time, so nothing
 * needs reloading, and reloading the grader per file per mutant is what made a
 * run take hours. The fuzz and bundled-deck tests are left out for the same
 * reason (5 s each per surviving mutant); the score is the lower for it.
 * A table a module builds on first use (a memo, the synonym table) is built
 * once without the mutant, so a mutant only there can survive: the score is a
 * lower bound.
 */
export default defineConfig({
  test: {
    include: ['test/core/grading/**/*.test.ts'],
    exclude: ['test/core/grading/fuzz.test.ts'],
    globalSetup: ['test/setup/sandbox.ts'],
    testTimeout: 60_000,
    isolate: false,
  },
});
