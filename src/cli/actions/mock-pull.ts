/**
 * `--pull`: the report's cards to study come first in the next review, as
 * drill results do — through the collection's pullForward, or, while another
 * drillbit holds the lock, through pull-forward.json. This is the only way a
 * mock writes anything outside its own files, and only when asked.
 */
import type { Deck } from '../../core/deck/schema.js';
import { writePullForward } from '../../store/attempts.js';
import { openCollection } from '../../store/open-collection.js';
import { now } from '../clock.js';

export function pullCards(dir: string, decks: readonly Deck[], keys: readonly string[]): string[] {
  const known = new Set(decks.flatMap((d) => d.cards.map((c) => `${d.id}/${c.id}`)));
  const wanted = keys.filter((k) => known.has(k));
  if (!wanted.length) return [];
  const at = now();
  try {
    const collection = openCollection({ dir, decks, now: at, write: true });
    try {
      collection.pullForward(wanted, at);
    } finally {
      collection.close();
    }
  } catch {
    writePullForward(dir, wanted);
  }
  return wanted;
}

export const pulledLine = (keys: readonly string[]): string =>
  keys.length ? `Review: ${keys.length} card${keys.length === 1 ? '' : 's'} to study come${keys.length === 1 ? 's' : ''} up first in your next review.` : 'Review: no cards to study, nothing pulled.';
