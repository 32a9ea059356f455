import { formatProblem, type Problem } from '../../core/errors.js';
import type { Deck } from '../../core/deck/index.js';
import { bundledDir, displayPath, parseFile, yamlFiles } from '../content.js';
import { lintExamples } from './lint-examples.js';

/** The files `lint` reads: the given paths, else the bundled decks and drills. */
export const lintFiles = (paths: string[]): string[] => (paths.length ? paths : [bundledDir('decks'), bundledDir('drills')]).flatMap(yamlFiles);

/**
 * `drillbit lint [PATH...]`: every problem in every file as
 * `file:line:col: message` — including card examples graded other than
 * expected — and exit 1 if there are any. Pending examples are noted on
 * stderr and never fail.
 */
export async function runLint(paths: string[]): Promise<void> {
  const files = lintFiles(paths);
  let count = 0;
  let cards = 0;
  const notes: Problem[] = [];
  for (const file of files) {
    const { kind, result } = await parseFile(file);
    const problems = [...result.problems];
    if (kind === 'deck' && result.value && 'cards' in result.value) {
      const deck = result.value as Deck;
      cards += deck.cards.length;
      const examples = await lintExamples(deck, file, displayPath(file));
      problems.push(...examples.problems);
      notes.push(...examples.notes);
    }
    for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
    count += problems.length;
  }
  // Code-unit order, as the files were read: localeCompare would load ICU's collator (tens of ms).
  notes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  for (const note of notes) process.stderr.write(`${formatProblem(note)}\n`);
  const s = (n: number): string => (n === 1 ? '' : 's');
  if (count > 0) {
    process.stderr.write(`drillbit: ${count} problem${s(count)} in ${files.length} file${s(files.length)}\n`);
    process.exitCode = 1;
  } else {
    const pending = notes.length ? `; ${notes.length} pending example note${s(notes.length)} above` : '';
    process.stderr.write(`${files.length} file${s(files.length)} checked, ${cards} cards, no problems${pending}\n`);
  }
}
