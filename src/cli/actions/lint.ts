import { formatProblem } from '../../core/errors.js';
import { bundledDir, parseFile, yamlFiles } from '../content.js';

/**
 * `drillbit lint [PATH...]`: every problem in every file as
 * `file:line:col: message`; exit 1 if there are any.
 */
export async function runLint(paths: string[]): Promise<void> {
  const roots = paths.length ? paths : [bundledDir('decks'), bundledDir('drills')];
  const files = roots.flatMap(yamlFiles);
  let count = 0;
  let cards = 0;
  for (const file of files) {
    const { kind, result } = await parseFile(file);
    for (const problem of result.problems) process.stdout.write(`${formatProblem(problem)}\n`);
    count += result.problems.length;
    if (kind === 'deck' && result.value && 'cards' in result.value) cards += result.value.cards.length;
  }
  if (count > 0) {
    process.stderr.write(`drillbit: ${count} problem${count === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`${files.length} file${files.length === 1 ? '' : 's'} checked, ${cards} cards, no problems\n`);
  }
}
