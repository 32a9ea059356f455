import type { Command } from 'commander';

export interface ExportOptions {
  anki?: string;
  tsv?: string;
  deck?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write decks and review history for Anki: a package (--anki) or a text file (--tsv)')
    .option('--anki <file>', 'an .apkg Anki imports, review history included')
    .option('--tsv <file>', 'a "Notes in Plain Text" file with GUID, deck and tags columns')
    .option('--deck <id>', 'only this deck (default: every deck)')
    .action(async (options: ExportOptions) => {
      const { runExport } = await import('../actions/export.js');
      await runExport(options);
    });
}
