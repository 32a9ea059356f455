import { formatProblem, type Problem } from '../../core/errors.js';
import type { Deck } from '../../core/deck/index.js';
import { contentHash } from '../../store/content-cache.js';
import { bundledDir, derivedCache, displayPath, parseFile, readText, yamlFiles } from '../content.js';
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
    const outcome = await lintFile(file);
    cards += outcome.cards;
    notes.push(...outcome.notes);
    for (const problem of outcome.problems) process.stdout.write(`${formatProblem(problem)}\n`);
    count += outcome.problems.length;
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

/** What lint has to say of one file. */
interface FileLint {
  cards: number;
  problems: Problem[];
  notes: Problem[];
}

/**
 * Lints one file. An unchanged file under the same build says what it said
 * last time: the outcome is cached by its text, so a hit neither parses the
 * deck (nor reads its cached parse) nor grades its examples.
 */
async function lintFile(file: string): Promise<FileLint> {
  const read = readText(file);
  if ('problem' in read) return { cards: 0, problems: [read.problem], notes: [] };
  const name = displayPath(file);
  const key = `${file}#lint`;
  const hash = contentHash(`${name}\n${read.text}`);
  const cached = derivedCache().get(key, hash) as FileLint | undefined;
  if (cached) return cached;
  const { kind, result } = await parseFile(file, undefined, read);
  const outcome: FileLint = { cards: 0, problems: [...result.problems], notes: [] };
  if (kind === 'deck' && result.value && 'cards' in result.value) {
    const deck = result.value as Deck;
    outcome.cards = deck.cards.length;
    const examples = await lintExamples(deck, read.text, name);
    outcome.problems.push(...examples.problems);
    outcome.notes.push(...examples.notes);
  }
  derivedCache().set(key, hash, outcome);
  return outcome;
}
