/**
 * The decks a review, stats or home view works on (see deckPaths in
 * content.ts: DRILLBIT_DECKS, else the bundled decks plus the learner's own),
 * optionally checked for one deck id.
 */
import type { Deck } from '../core/deck/schema.js';
import { DrillbitError } from '../core/errors.js';
import { deckPaths, loadDecks } from './content.js';

export async function reviewDecks(env: NodeJS.ProcessEnv = process.env, deckId?: string, warn?: (message: string) => void): Promise<Deck[]> {
  const decks = await loadDecks(deckPaths(env), warn);
  if (deckId !== undefined && !decks.some((d) => d.id === deckId)) {
    const ids = decks.map((d) => d.id).join(', ') || 'none';
    throw new DrillbitError(`no deck "${deckId}"; the decks are: ${ids}`);
  }
  return decks;
}
