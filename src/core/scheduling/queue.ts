/**
 * The queue for a session, by the one definition of due now (due.ts): due
 * learning/relearning cards, then cards pulled forward by a drill, then due
 * reviews (most overdue relative to stability first), then new cards, then
 * learning cards due within the learn-ahead window (shown when nothing else
 * is left). Pulled-forward cards count against the daily limits like any
 * other: a pulled new card takes a new card's place, a pulled review a
 * review's. Siblings are never back to back.
 */
import type { CardState } from './card-state.js';
import { dueClass } from './due.js';
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
  settings: Pick<SchedulerSettings, 'newPerDay' | 'reviewsPerDay' | 'dayStartHour' | 'learnAheadMs'>;
  /** New cards already introduced today and reviews already done today (count against the limits). */
  newToday: number;
  reviewsToday: number;
  /** Card keys a drill asked to see next, in order. */
  pulledForward?: readonly string[];
  /** At most this many cards. */
  limit?: number | undefined;
}

/** The queue and what became of the pulled-forward cards. */
export interface QueuePlan {
  keys: string[];
  /** Pulled-forward keys in this queue. */
  pulled: string[];
  /** Pulled-forward keys left for a later session (no room today or beyond `limit`). */
  pulledLeft: number;
}

/** How overdue a review is relative to its stability (bigger: more urgent). */
const overdueness = (s: CardState, now: Date): number => (now.getTime() - s.due.getTime()) / DAY_MS / Math.max(s.stability, 0.01);
const byDue = (a: QueueCandidate, b: QueueCandidate): number => a.state!.due.getTime() - b.state!.due.getTime();

export function planQueue(input: QueueInput): QueuePlan {
  const { now, settings } = input;
  const byKey = new Map(input.cards.map((c) => [c.key, c]));
  const cls = new Map(input.cards.map((c) => [c.key, dueClass(c.state, now, settings)]));
  const learning = input.cards.filter((c) => cls.get(c.key) === 'learning').sort(byDue);
  const taken = new Set(learning.map((c) => c.key));
  let newRoom = Math.max(0, settings.newPerDay - input.newToday);
  let reviewRoom = Math.max(0, settings.reviewsPerDay - input.reviewsToday);
  const pulled: QueueCandidate[] = [];
  let pulledLeft = 0;
  for (const key of input.pulledForward ?? []) {
    const c = byKey.get(key);
    if (!c || taken.has(key)) continue;
    const isNew = cls.get(key) === 'new';
    if (isNew ? newRoom === 0 : reviewRoom === 0) {
      pulledLeft++;
      continue;
    }
    if (isNew) newRoom--;
    else reviewRoom--;
    pulled.push(c);
    taken.add(key);
  }
  const reviews = input.cards
    .filter((c) => !taken.has(c.key) && cls.get(c.key) === 'review')
    .sort((a, b) => overdueness(b.state!, now) - overdueness(a.state!, now))
    .slice(0, reviewRoom);
  const fresh = input.cards.filter((c) => !taken.has(c.key) && cls.get(c.key) === 'new').slice(0, newRoom);
  const ahead = input.cards.filter((c) => !taken.has(c.key) && cls.get(c.key) === 'ahead').sort(byDue);
  const ordered = spreadSiblings([...learning, ...pulled, ...reviews, ...fresh, ...ahead], (c) => c.group);
  const keys = ordered.map((c) => c.key);
  const kept = input.limit === undefined ? keys : keys.slice(0, input.limit);
  const inQueue = new Set(kept);
  const served = pulled.map((c) => c.key).filter((k) => inQueue.has(k));
  return { keys: kept, pulled: served, pulledLeft: pulledLeft + pulled.length - served.length };
}

export function buildQueue(input: QueueInput): string[] {
  return planQueue(input).keys;
}
