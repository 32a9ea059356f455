import type { Command } from 'commander';

export interface ImportOptions {
  deck?: string;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import an Anki package (.apkg, .colpkg) or text export with its review history')
    .argument('<file>', '.apkg, .colpkg, or an Anki "Notes in Plain Text" export')
    .option('--deck <id>', 'put every card in this deck (default: one deck per Anki deck)')
    .action(async (file: string, options: ImportOptions) => {
      const { runImport } = await import('../actions/import.js');
      await runImport(file, options);
    });
}
