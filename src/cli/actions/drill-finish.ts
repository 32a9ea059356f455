/**
 * After grading: keep the attempt, and queue the deck cards related to poorly
 * scored sections (by tag) for the next review.
 */
import { appendAttempt, drillHistory, readAttempts, writePullForward, type DrillHistory } from '../../store/attempts.js';
import type { Deck } from '../../core/deck/schema.js';
import { now, nowMs } from '../clock.js';

export interface FinishedAttempt {
  drillId: string;
  startedAt: number;
  timedOut: boolean;
  answers: Record<string, string>;
  score: number;
  verdict: string;
  result: unknown;
}

/** Keys (`deckId/cardId`) of deck cards carrying any of `tags`. */
export function cardsWithTags(decks: readonly Deck[], tags: readonly string[]): string[] {
  const wanted = new Set(tags);
  return decks.flatMap((deck) => deck.cards.filter((c) => c.tags?.some((t) => wanted.has(t))).map((c) => `${deck.id}/${c.id}`));
}

/** Appends the attempt and returns the drill's history including it. */
export function keepAttempt(dir: string, attempt: FinishedAttempt): DrillHistory {
  appendAttempt(dir, { ...attempt, finishedAt: nowMs() });
  return drillHistory(readAttempts(dir, attempt.drillId));
}

/**
 * Puts the cards related to `tags` into the next review and returns their
 * keys: through the collection's `pullForward`, or — when the collection
 * cannot be opened for writing (another drillbit holds the lock, damaged
 * state) — into `pull-forward.json` in the data directory.
 */
export async function pullRelatedCards(dir: string, tags: readonly string[]): Promise<string[]> {
  if (!tags.length) return [];
  const { loadDecks } = await import('../content.js');
  let decks: Deck[];
  try {
    decks = await loadDecks(undefined, () => {});
  } catch {
    return [];
  }
  const keys = cardsWithTags(decks, tags);
  if (!keys.length) return [];
  const { openCollection } = await import('../../store/index.js');
  const at = now();
  try {
    const collection = openCollection({ dir, decks, now: at, write: true });
    try {
      collection.pullForward(keys, at);
    } finally {
      collection.close();
    }
  } catch {
    writePullForward(dir, keys);
  }
  return keys;
}
