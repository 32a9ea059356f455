import type { Command } from 'commander';

export interface GradeOptions {
  card?: string;
  batch?: string;
  drill?: string;
  answers?: string;
  json?: boolean;
}

export function registerGrade(program: Command): void {
  program
    .command('grade')
    .description('grade an answer without touching the schedule (answer on stdin)')
    .option('--card <id>', 'grade the answer on stdin against this card (deckId/cardId or cardId)')
    .option('--batch <file>', 'JSON Lines: {"card","answer"} or {"reference","answer","question"?} per line')
    .option('--drill <id>', 'grade a drill attempt (with --answers)')
    .option('--answers <file>', 'JSON or YAML map of section id to answer text (with --drill)')
    .option('--json', 'print JSON: one object per answer')
    .action(async (options: GradeOptions) => {
      const { runGrade } = await import('../actions/grade.js');
      await runGrade(options);
    });
}
