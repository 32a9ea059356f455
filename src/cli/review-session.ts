/**
 * What the plain review and the TUI share around core's session reducer: the
 * session cards of a queue (groups for sibling spacing, step due times for
 * learning cards), and the rebuild of the queue when the learner's day
 * changes during a sitting (the new day's limits apply from then on).
 */
import { dayKey } from '../core/scheduling/day.js';
import { sessionReducer, type SessionCard, type SessionState } from '../core/scheduling/session.js';
import type { Collection, QueueEntry, QueueOptions } from '../store/open-collection.js';

/** A queue's entries as the session reducer takes them. */
export function sessionCards(entries: readonly QueueEntry[]): SessionCard[] {
  return entries.map((e) => ({
    key: e.key,
    group: e.card.group ? `${e.deck.id}/${e.card.group}` : undefined,
    due: e.state && (e.state.phase === 'learning' || e.state.phase === 'relearning') ? e.state.due : undefined,
  }));
}

/** A sitting: when it began and the learner's day it is on. */
export interface Sitting {
  start: Date;
  day: string;
}

export const beginSitting = (collection: Collection, now: Date): Sitting => ({ start: now, day: dayKey(now, collection.settings.dayStartHour) });

/**
 * After a save at `now`: when the learner's day has changed since the queue
 * was built, the queue is built again for the new day (its new-card and
 * review limits, its due reviews); the card just saved is never the next one
 * if another is waiting (the reducer's sibling and step rules apply as usual).
 */
export function followDay(state: SessionState, sitting: Sitting, collection: Collection, now: Date, options: QueueOptions): SessionState {
  const day = dayKey(now, collection.settings.dayStartHour);
  if (day === sitting.day || state.phase !== 'answering') return state;
  sitting.day = day;
  const left = options.limit === undefined ? undefined : Math.max(0, options.limit - state.done.length);
  const entries = collection.queue(now, { ...options, limit: left });
  return sessionReducer(state, { type: 'rebuild', cards: sessionCards(entries), now });
}
