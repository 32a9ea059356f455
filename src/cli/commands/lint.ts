import type { Command } from 'commander';

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('check deck and drill files; prints file:line:col: message per problem')
    .argument('[paths...]', 'files or folders (default: the bundled decks/ and drills/)')
    .option('--probe', 'mutation-test each rubric: report model-answer variants (negated, swapped, ...) it still grades correct')
    .option('--json', 'with --probe: print the findings and per-kind tallies as one JSON object')
    .action(async (paths: string[], options: { probe?: boolean; json?: boolean }) => {
      if (options.json && !options.probe) {
        const { UsageError } = await import('../../core/errors.js');
        throw new UsageError('lint --json reports probe findings; use it with --probe');
      }
      if (options.probe) {
        const { runProbe } = await import('../actions/probe.js');
        await runProbe(paths, { json: options.json === true });
        return;
      }
      const { runLint } = await import('../actions/lint.js');
      await runLint(paths);
    });
}
