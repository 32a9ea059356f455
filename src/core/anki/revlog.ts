/**
 * Anki's review log → drillbit reviews. Learning, review and relearning
 * entries are answers the learner gave and feed FSRS; filtered-deck (cram),
 * manual, rescheduled and ease-0 entries are not answers and are dropped, as
 * FSRS's own optimizer does. Pure.
 */
import { RATINGS, type RatingName } from '../scheduling/rating.js';
import type { RevlogEntry } from './anki-note.js';

/** One review to add to drillbit's history. */
export interface ImportedReview {
  /** `deckId/cardId`. */
  key: string;
  at: Date;
  rating: RatingName;
  elapsedMs: number;
  /** Anki's revlog id: the same entry imported twice is recognised. */
  sourceId: number;
}

const KEPT_TYPES = new Set([0, 1, 2]);

/** Ease 1–4 as a rating; undefined for anything else. */
export const easeToRating = (ease: number): RatingName | undefined => (Number.isInteger(ease) && ease >= 1 && ease <= 4 ? RATINGS[ease - 1] : undefined);

/** The entries drillbit keeps, for cards it imported (`keyOf` Anki card id → key), oldest first. */
export function revlogToReviews(revlog: readonly RevlogEntry[], keyOf: ReadonlyMap<number, string>): ImportedReview[] {
  const out: ImportedReview[] = [];
  for (const e of revlog) {
    const rating = easeToRating(e.ease);
    const key = keyOf.get(e.cid);
    if (!rating || !key || !KEPT_TYPES.has(e.type) || !Number.isFinite(e.id) || e.id <= 0) continue;
    out.push({ key, at: new Date(e.id), rating, elapsedMs: Math.max(0, Math.min(e.time, 3_600_000)), sourceId: e.id });
  }
  return out.sort((a, b) => a.sourceId - b.sourceId);
}

/** Anki's ease for a rating. */
export const ratingToEase = (rating: RatingName): 1 | 2 | 3 | 4 => (RATINGS.indexOf(rating) + 1) as 1 | 2 | 3 | 4;

/** The score and verdict an imported review stands for (Anki has no typed answer to grade). */
export function ratingVerdict(rating: RatingName): { score: number; verdict: 'correct' | 'partial' | 'incorrect' } {
  if (rating === 'again') return { score: 0, verdict: 'incorrect' };
  if (rating === 'hard') return { score: 0.5, verdict: 'partial' };
  return { score: 1, verdict: 'correct' };
}
