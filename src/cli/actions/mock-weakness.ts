/**
 * Card weakness for `--mix weak`, from the schedule (read-only: the
 * collection is opened without the lock and nothing is written) and from
 * past scores: reviews first, then mock interviews (the most recent count).
 */
import type { Deck } from '../../core/deck/schema.js';
import { cardWeakness } from '../../core/mock/weakness.js';
import { readMockAttempts } from '../../store/mock-attempts.js';
import { openCollection } from '../../store/open-collection.js';
import { reviewScores } from '../../store/review-scores.js';

export function weaknessOf(dir: string, decks: readonly Deck[], at: Date): (key: string) => number {
  const past = reviewScores(dir);
  for (const a of readMockAttempts(dir)) for (const q of a.questions) if (q.kind === 'card') past.set(q.ref, [...(past.get(q.ref) ?? []), q.score]);
  const collection = openCollection({ dir, decks, now: at, write: false });
  const memo = new Map<string, number>();
  try {
    for (const deck of decks) for (const card of deck.cards) {
      const key = `${deck.id}/${card.id}`;
      memo.set(key, cardWeakness(collection.entry(key)?.state, at, past.get(key)));
    }
  } finally {
    collection.close();
  }
  return (key) => memo.get(key) ?? 0.5;
}
