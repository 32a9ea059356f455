import type { Deck } from '../../src/core/deck/schema.js';
import type { Collection, ReviewInput } from '../../src/store/collection-types.js';
import type { RatingName } from '../../src/core/scheduling/rating.js';

/** A deck of `n` text cards; every third pair shares a group. */
export function deck(n: number, id = 'd'): Deck {
  return {
    id,
    title: `Deck ${id}`,
    cards: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      kind: 'text' as const,
      prompt: `Question ${i}?`,
      answer: `Answer ${i}`,
      ...(i % 3 === 0 ? { group: `g${i}` } : {}),
    })),
  };
}

export function review(key: string, at: Date, rating: RatingName = 'good'): ReviewInput {
  return { key, at, answer: `answer to ${key}`, score: rating === 'again' ? 0 : 1, verdict: rating === 'again' ? 'incorrect' : 'correct', suggested: 'good', rating, elapsedMs: 4200 };
}

/** Every card's state as plain data, for exact comparison. */
export function snapshot(c: Collection, keys: readonly string[]): unknown {
  return keys.map((k) => {
    const e = c.entry(k)!;
    return [k, e.state ? { ...e.state, due: e.state.due.toISOString(), lastReview: e.state.lastReview?.toISOString() } : null, e.leech, e.changed, e.fastMs];
  });
}
