/**
 * The queue for a session: due learning/relearning cards, then cards pulled
 * forward by a drill, then due reviews (most overdue relative to stability
 * first, up to the daily review limit), then new cards (up to the daily new
 * limit). Siblings are never back to back.
 */
import type { CardState } from './card-state.js';
import type { SchedulerSettings } from './settings.js';
import { spreadSiblings } from './siblings.js';

const DAY_MS = 86_400_000;

/** A card the queue may pick, with its state (undefined: never reviewed). */
export interface QueueCandidate {
  key: string;
  group?: string | undefined;
  state?: CardState | undefined;
}

export interface QueueInput {
  /** Every card that may be reviewed, in deck order (new cards are introduced in this order). */
  cards: readonly QueueCandidate[];
  now: Date;
  settings: Pick<SchedulerSettings, 'newPerDay' | 'reviewsPerDay'>;
  /** New cards already introduced today and reviews already done today (count against the limits). */
  newToday: number;
  reviewsToday: number;
  /** Card keys a drill asked to see next, in order. */
  pulledForward?: readonly string[];
  /** At most this many cards. */
  limit?: number | undefined;
}

/** How overdue a review is relative to its stability (bigger: more urgent). */
const overdueness = (s: CardState, now: Date): number => (now.getTime() - s.due.getTime()) / DAY_MS / Math.max(s.stability, 0.01);

export function buildQueue(input: QueueInput): string[] {
  const { now } = input;
  const byKey = new Map(input.cards.map((c) => [c.key, c]));
  const isDue = (c: QueueCandidate): boolean => !!c.state && c.state.due.getTime() <= now.getTime();
  const learning = input.cards
    .filter((c) => isDue(c) && (c.state!.phase === 'learning' || c.state!.phase === 'relearning'))
    .sort((a, b) => a.state!.due.getTime() - b.state!.due.getTime());
  const taken = new Set(learning.map((c) => c.key));
  const pulled: QueueCandidate[] = [];
  for (const key of input.pulledForward ?? []) {
    const c = byKey.get(key);
    if (c && !taken.has(key)) {
      pulled.push(c);
      taken.add(key);
    }
  }
  const reviewRoom = Math.max(0, input.settings.reviewsPerDay - input.reviewsToday);
  const reviews = input.cards
    .filter((c) => !taken.has(c.key) && isDue(c) && c.state!.phase === 'review')
    .sort((a, b) => overdueness(b.state!, now) - overdueness(a.state!, now))
    .slice(0, reviewRoom);
  const newRoom = Math.max(0, input.settings.newPerDay - input.newToday);
  const fresh = input.cards.filter((c) => !taken.has(c.key) && (!c.state || c.state.phase === 'new')).slice(0, newRoom);
  const ordered = spreadSiblings([...learning, ...pulled, ...reviews, ...fresh], (c) => c.group);
  const keys = ordered.map((c) => c.key);
  return input.limit === undefined ? keys : keys.slice(0, input.limit);
}
