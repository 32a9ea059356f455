/** The public types of a collection (see open-collection.ts). */
import type { Card, Deck } from '../core/deck/schema.js';
import type { Verdict } from '../core/grading/types.js';
import type { CardState } from '../core/scheduling/card-state.js';
import type { RatingPreview } from '../core/scheduling/fsrs.js';
import type { RatingName } from '../core/scheduling/rating.js';
import type { SchedulerSettings } from '../core/scheduling/settings.js';
import type { Stats } from '../core/scheduling/stats.js';
import type { ImportedReview } from '../core/anki/revlog.js';
import type { Storage } from './storage.js';

export interface OpenOptions {
  /** Data directory (default: dataDir()). Ignored when `storage` is given. */
  dir?: string | undefined;
  /** Where the bytes live (default: the data directory; memoryStorage() in tests). */
  storage?: Storage | undefined;
  /** The decks whose cards can be reviewed. */
  decks: readonly Deck[];
  now: Date;
  /** true: take the writer lock (review, drill). false: read-only, no lock (stats). */
  write: boolean;
  /** Overrides settings.json and the defaults. */
  settings?: Partial<SchedulerSettings> | undefined;
  /** Receives one-line notices (damaged state set aside, torn history line); they are also in `notices`. */
  onNotice?: ((message: string) => void) | undefined;
}

/** A card as the queue serves it. */
export interface QueueEntry {
  /** `deckId/cardId`. */
  key: string;
  deck: Deck;
  card: Card;
  /** Undefined: never reviewed. */
  state?: CardState | undefined;
  /** Lapsed `leechLapses` (default 8) times or more: show it as a leech. */
  leech: boolean;
  /** The card was edited since it was last reviewed (progress is kept). */
  changed: boolean;
  /** An answer faster than this is "clearly fast" (pass to verdictToRating). */
  fastMs?: number | undefined;
  /** A drill pulled this card forward into the session. */
  pulled?: boolean | undefined;
}

/** A session's queue and how many pulled-forward cards it holds and leaves for later. */
export interface QueuePlanEntries {
  entries: QueueEntry[];
  /** Pulled-forward cards in `entries`. */
  pulled: number;
  /** Pulled-forward cards waiting for a later session (no room under the daily limits or the session limit). */
  pulledLeft: number;
}

export interface QueueOptions {
  deckId?: string | undefined;
  limit?: number | undefined;
  /** Leave out cards this returns false for (e.g. generated cards without a generator). */
  include?: ((card: Card) => boolean) | undefined;
}

/** One review to record. `overridden` is derived from `rating !== suggested`. */
export interface ReviewInput {
  key: string;
  /** When the review was rated. */
  at: Date;
  answer: string;
  score: number;
  verdict: Verdict;
  suggested: RatingName;
  rating: RatingName;
  elapsedMs: number;
  /** The answer arrived in one burst (pasted or typed ahead); its time is not kept. */
  pasted?: boolean | undefined;
  /** When the sitting began (a sitting that runs past the day start does not count as a second streak day). */
  sittingStart?: Date | undefined;
}

export interface Recorded {
  key: string;
  rating: RatingName;
  due: Date;
  state: CardState;
  leech: boolean;
}

export interface Collection {
  /** The data directory (or `memory:`). */
  readonly location: string;
  readonly settings: Readonly<SchedulerSettings>;
  /** One-line notices from opening (damaged state, torn line). */
  readonly notices: readonly string[];
  /** The cards to review now, in order. */
  queue(now: Date, options?: QueueOptions): QueueEntry[];
  /** The same queue, with how many pulled-forward cards it holds and leaves for later. */
  plan(now: Date, options?: QueueOptions): QueuePlanEntries;
  /** One card by key (undefined: not in the loaded decks). */
  entry(key: string): QueueEntry | undefined;
  /** Next due date for each rating. */
  preview(key: string, now: Date): RatingPreview;
  /** Appends the review to the history and fsyncs it; when this returns, the review is durable. */
  record(review: ReviewInput): Recorded;
  /**
   * Adds reviews done elsewhere (an Anki import) to the history with one
   * fsync, oldest first. A review not later than the card's last review is
   * skipped: it is already there, or progress made since wins.
   */
  importReviews(reviews: readonly ImportedReview[]): { added: number; skipped: number };
  /** Reverts the last review recorded by this collection (appends an undo record). Undefined: nothing to undo. */
  undoLast(now: Date): { key: string } | undefined;
  /** Puts these card keys first in the next queue (after due learning cards, within the daily limits) until reviewed. Persisted (durable on return). */
  pullForward(keys: readonly string[], now: Date): void;
  /** The pulled-forward keys still waiting. */
  pulled(): readonly string[];
  stats(now: Date): Stats;
  /** Writes the checkpoint (when writable) and releases the lock. Safe to call twice. */
  close(): void;
}
