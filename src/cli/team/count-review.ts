/**
 * `team join --count`: a revealed answer is also recorded as a review of the
 * same card in the player's own collection — only when they have a card with
 * that key and the same content (hash), so a team question never changes the
 * schedule of a card that merely shares an id. Without --count a team
 * session is practice and no schedule changes.
 */
import type { HostMessageOf } from '../../core/team/protocol.js';
import { verdictToRating } from '../../core/scheduling/rating.js';
import { contentHash } from '../../store/content-hash.js';
import { openCollection } from '../../store/open-collection.js';
import { now } from '../clock.js';
import { reviewDecks } from '../review-plain-decks.js';

export async function countReviews(dir: string): Promise<(reveal: HostMessageOf<'reveal'>) => void> {
  const decks = await reviewDecks();
  return (reveal) => {
    const mine = reveal.mine;
    if (!mine || !reveal.card.hash) return;
    const [deckId, ...rest] = reveal.card.key.split('/');
    const card = decks.find((d) => d.id === deckId)?.cards.find((c) => c.id === rest.join('/'));
    if (!card || contentHash(card) !== reveal.card.hash) return;
    const at = now();
    const collection = openCollection({ dir, decks, now: at, write: true });
    try {
      const rating = verdictToRating(mine.verdict, { elapsedMs: mine.timeMs });
      collection.record({ key: reveal.card.key, at, answer: mine.answer, score: mine.score, verdict: mine.verdict, suggested: rating, rating, elapsedMs: mine.timeMs });
    } finally {
      collection.close();
    }
  };
}
