/**
 * The decks an import may rewrite — the learner's own, in `<data dir>/decks`,
 * each with the file it came from — and every other deck it must not.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type Problem } from '../core/errors.js';
import type { Deck } from '../core/deck/schema.js';
import { dataDir } from '../store/data-dir.js';
import { deckPaths, loadDecks, parseFile, yamlFiles } from './content.js';

export interface DeckSet {
  /** The folder imported decks are written to. */
  folder: string;
  own: { deck: Deck; file: string }[];
  /** Bundled decks and any DRILLBIT_DECKS ones: read-only to an import. */
  others: Deck[];
}

export async function deckSet(env: NodeJS.ProcessEnv = process.env): Promise<DeckSet> {
  const folder = join(dataDir(env), 'decks');
  const own: DeckSet['own'] = [];
  const problems: Problem[] = [];
  for (const file of existsSync(folder) ? yamlFiles(folder) : []) {
    const { result } = await parseFile(file, 'deck');
    problems.push(...result.problems);
    if (result.value && 'cards' in result.value) own.push({ deck: result.value, file });
  }
  if (problems.length) throw new ContentError(problems);
  const others = await loadDecks(deckPaths(env).filter((p) => p !== folder));
  return { folder, own, others };
}
