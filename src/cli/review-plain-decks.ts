/**
 * The decks a review or stats command works on: the bundled decks, or the
 * colon-separated paths in DRILLBIT_DECKS (files or folders) instead — used
 * by tests and by anyone keeping their own decks elsewhere.
 */
import type { Deck } from '../core/deck/schema.js';
import { DrillbitError } from '../core/errors.js';
import { loadDecks } from './content.js';

export function reviewDecks(env: NodeJS.ProcessEnv = process.env, deckId?: string): Deck[] {
  const paths = env['DRILLBIT_DECKS']?.split(':').filter(Boolean);
  const decks = paths?.length ? loadDecks(paths) : loadDecks();
  if (deckId !== undefined && !decks.some((d) => d.id === deckId)) {
    const ids = decks.map((d) => d.id).join(', ') || 'none';
    throw new DrillbitError(`no deck "${deckId}"; the decks are: ${ids}`);
  }
  return decks;
}
