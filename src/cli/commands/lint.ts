import type { Command } from 'commander';

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('check deck and drill files; prints file:line:col: message per problem')
    .argument('[paths...]', 'files or folders (default: the bundled decks/ and drills/)')
    .action(async (paths: string[]) => {
      const { runLint } = await import('../actions/lint.js');
      await runLint(paths);
    });
}
